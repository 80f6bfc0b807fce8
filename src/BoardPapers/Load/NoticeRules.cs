using BoardPapers.Format;
using YamlDotNet.RepresentationModel;
using static BoardPapers.Load.FormatReader;

namespace BoardPapers.Load;

/// <summary>Reads a `notice:` value, as a meeting or a committee file writes it, into the rule it counts by.</summary>
internal static class NoticeRules
{
    /// <summary>The notice rule a meeting or committee names: by name, or a name with the council's own changes; null when it names none.</summary>
    public static Calendar.NoticeRule? Of(YamlNode? node)
    {
        if (node is YamlScalarNode { Value: { } name })
        {
            return Calendar.NoticeRule.Named(name);
        }

        if (node is not YamlMappingNode m || Calendar.NoticeRule.Named(Text(m, MeetingFormat.Notice, "rule") ?? "") is not { } rule)
        {
            return null;
        }

        var closed = Get(m, MeetingFormat.Notice, "closed_days") is YamlSequenceNode days
            ? days.OfType<YamlMappingNode>()
                .Select(d => (Date: Date(d, MeetingFormat.ClosedDay, "date"), Reason: Text(d, MeetingFormat.ClosedDay, "reason")))
                .Where(d => d.Date is not null)
                .Select(d => new Calendar.ClosedDay(d.Date!.Value, d.Reason ?? "Council closed"))
                .ToList()
            : [];
        int? Number(string key) => Get(m, MeetingFormat.Notice, key) is YamlScalarNode n && YamlValues.AsInteger(n) is { } v ? (int)v : null;
        return rule with
        {
            AgendaClearDays = Number("clear_days") ?? rule.AgendaClearDays,
            SaturdaysCount = Text(m, MeetingFormat.Notice, "saturdays") is { } saturdays ? saturdays == "counted" : rule.SaturdaysCount,
            Nation = Text(m, MeetingFormat.Notice, "bank_holidays") switch
            {
                "scotland" => Calendar.Nation.Scotland,
                "northern-ireland" => Calendar.Nation.NorthernIreland,
                _ => rule.Nation,
            },
            ClosedDays = closed,
            KeyDecisionClearDays = Number("key_decision_days") ?? rule.KeyDecisionClearDays,
            PrivateNoticeClearDays = Number("private_notice_days") ?? rule.PrivateNoticeClearDays,
            CallInWorkingDays = Number("call_in_days") ?? rule.CallInWorkingDays,
        };
    }
}
