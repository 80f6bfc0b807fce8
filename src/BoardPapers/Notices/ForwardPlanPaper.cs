using BoardPapers.Base;
using BoardPapers.Model;
using BoardPapers.Papers;
using BoardPapers.Templates;
using Scriban.Runtime;

namespace BoardPapers.Notices;

/// <summary>
/// The forward plan (notice of key decisions) from a committee's files: every key decision on a meeting's
/// agenda and every one the committee file plans but no agenda holds yet, in date order, each with its
/// decision maker, whether it is to be taken in private and why, consultation, documents and lead officer.
/// </summary>
public static class ForwardPlanPaper
{
    /// <summary>The template the forward plan renders through.</summary>
    public const string Template = "_forward-plan";

    /// <summary>The key decisions of the meetings and committee files, in date order, within the period when one is given.</summary>
    public static IReadOnlyList<ForwardPlanEntry> Entries(IEnumerable<Meeting> meetings, IEnumerable<Committee> committees, DateOnly? from = null, DateOnly? to = null)
    {
        var entries = new List<ForwardPlanEntry>();
        foreach (var meeting in meetings)
        {
            if (meeting.Details.Date is not { } date)
            {
                continue;
            }

            foreach (var item in meeting.Items.Where(i => i.KeyDecision))
            {
                var report = item.Report;
                var exemption = item.Exemption ?? report?.Appendices.Select(a => a.Exemption).FirstOrDefault(e => e is not null);
                var decision = new PlannedDecision(
                    item.Title ?? report?.Title ?? "",
                    item.Description ?? report?.Description,
                    item.DecisionMaker ?? meeting.DecisionMaker,
                    date,
                    item.ForwardPlan?.Date,
                    exemption,
                    item.Consultation,
                    item.Documents ?? (report is null ? "The report to be issued with the agenda" : $"The report \u201c{report.Title}\u201d, issued with the agenda"),
                    item.LeadOfficer ?? report?.Originator,
                    item.Position);
                entries.Add(new ForwardPlanEntry(decision, meeting.Details.Committee, item.Urgency));
            }
        }

        // A planned decision that has reached an agenda is listed once, from the agenda.
        var onAgendas = entries.Select(e => (e.Committee, Title: e.Decision.Title)).ToHashSet(new TitleComparer());
        foreach (var committee in committees)
        {
            foreach (var planned in committee.Planned.Where(p => !onAgendas.Contains((committee.Name, p.Title))))
            {
                entries.Add(new ForwardPlanEntry(planned with { DecisionMaker = planned.DecisionMaker ?? committee.DecisionMaker ?? committee.Name }, committee.Name, null));
            }
        }

        return [.. entries
            .Where(e => (from is null || e.Decision.Date >= from) && (to is null || e.Decision.Date <= to))
            .OrderBy(e => e.Decision.Date)
            .ThenBy(e => e.Committee, StringComparer.Ordinal)
            .ThenBy(e => e.Decision.Position.Line)];
    }

    /// <summary>The forward plan as a paper, dated when the heading says it is published (else the period's first day), by the committee's organisation.</summary>
    public static RenderedPaper Render(TemplateRenderer templates, IReadOnlyList<ForwardPlanEntry> entries, ForwardPlanHeading heading)
    {
        ArgumentNullException.ThrowIfNull(heading);
        DateOnly? first = entries.Count > 0 ? entries[0].Decision.Date : null;
        DateOnly? last = entries.Count > 0 ? entries[^1].Decision.Date : null;
        var model = new ScriptObject
        {
            ["forward_plan"] = new ScriptObject
            {
                ["title"] = heading.Title,
                ["organisation"] = heading.Organisation,
                ["committees"] = string.Join(", ", entries.Select(e => e.Committee).Distinct(StringComparer.Ordinal)),
                ["from"] = BritishDates.Format(heading.From ?? first),
                ["to"] = BritishDates.Format(heading.To ?? last),
                ["published"] = BritishDates.Format(heading.Published),
                ["contact"] = NoticeTemplateModel.Contact(heading.Contact),
                ["decisions"] = TemplateModel.List(entries, Entry),
            },
        };
        var date = heading.Published ?? heading.From ?? first ?? PaperProperties.NoDate;
        return new PaperRenderer(templates).Render(Template, NoticeTemplateModel.Functions(), model, new PaperProperties(heading.Organisation, date));
    }

    private static ScriptObject Entry(ForwardPlanEntry entry)
    {
        var d = entry.Decision;
        return new ScriptObject
        {
            ["title"] = d.Title,
            ["description_html"] = Markdown.ToHtml(d.Description),
            ["committee"] = entry.Committee,
            ["decision_maker"] = d.DecisionMaker,
            ["date"] = BritishDates.Format(d.Date),
            ["first_published"] = BritishDates.Format(d.ForwardPlan),
            ["private"] = d.Exemption is not null,
            ["paragraph"] = d.Exemption?.Paragraph,
            ["reason_html"] = Markdown.ToHtml(d.Exemption?.Reason),
            ["consultation"] = d.Consultation,
            ["documents"] = d.Documents,
            ["lead_officer"] = d.LeadOfficer,
            ["urgency"] = NoticeTemplateModel.Urgency(entry.Urgency),
        };
    }

    /// <summary>Titles compared as a clerk would: case and spacing aside.</summary>
    private sealed class TitleComparer : IEqualityComparer<(string Committee, string Title)>
    {
        public bool Equals((string Committee, string Title) x, (string Committee, string Title) y) =>
            string.Equals(x.Committee, y.Committee, StringComparison.OrdinalIgnoreCase) && string.Equals(Squash(x.Title), Squash(y.Title), StringComparison.OrdinalIgnoreCase);

        public int GetHashCode((string Committee, string Title) obj) =>
            HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Committee), StringComparer.OrdinalIgnoreCase.GetHashCode(Squash(obj.Title)));

        private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
