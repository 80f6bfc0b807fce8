using BoardPapers.Base;
using BoardPapers.Format;
using BoardPapers.Model;
using YamlDotNet.RepresentationModel;
using static BoardPapers.Load.FormatReader;

namespace BoardPapers.Load;

/// <summary>Reads a committee file (<see cref="CommitteeFormat"/>): checked as a meeting is, every problem at its file:line:col.</summary>
public sealed class CommitteeReader(LoadLimits? limits = null)
{
    private readonly LoadLimits limits = limits ?? LoadLimits.Default;

    /// <summary>Loads a committee file; <paramref name="displayPath"/> is how diagnostics name it.</summary>
    public CommitteeLoadResult LoadFile(string path, string? displayPath = null)
    {
        var display = displayPath ?? path;
        var positions = new PositionMapper(display);
        var found = new List<Diagnostic>();
        var root = YamlSource.Validated(
            YamlSource.ReadFile(path, positions, limits, "committee file"), positions, limits, CommitteeFormat.Root, "a committee file needs `format: 1` and `committee:`", found);
        if (root is null)
        {
            return new CommitteeLoadResult(display, null, Diagnostic.Sort(found));
        }

        var info = Get(root, CommitteeFormat.Root, "committee") as YamlMappingNode ?? new YamlMappingNode();
        var plan = Get(root, CommitteeFormat.Root, "forward_plan") as YamlMappingNode ?? new YamlMappingNode();
        var contact = Get(info, CommitteeFormat.Committee, "contact") is YamlMappingNode c ? MeetingReader.BuildContact(c, positions) : null;
        var planned = ListOf(plan, CommitteeFormat.ForwardPlan, "decisions", d => Date(d, CommitteeFormat.Planned, "date") is { } date
            ? new PlannedDecision(
                Text(d, CommitteeFormat.Planned, "title") ?? "",
                Text(d, CommitteeFormat.Planned, "description"),
                Text(d, CommitteeFormat.Planned, "decision_maker"),
                date,
                Date(d, CommitteeFormat.Planned, "forward_plan"),
                MeetingReader.BuildExemption(d, CommitteeFormat.Planned, positions),
                Text(d, CommitteeFormat.Planned, "consultation"),
                Text(d, CommitteeFormat.Planned, "documents"),
                Text(d, CommitteeFormat.Planned, "lead_officer"),
                positions.At(d))
            : null);
        var committee = new Committee(
            Text(info, CommitteeFormat.Committee, "name") ?? "",
            Text(info, CommitteeFormat.Committee, "organisation"),
            NoticeRules.Of(Get(info, CommitteeFormat.Committee, "notice")),
            Text(info, CommitteeFormat.Committee, "decision_maker"),
            contact,
            Text(plan, CommitteeFormat.ForwardPlan, "title") ?? CommitteeFormat.DefaultForwardPlanTitle,
            planned,
            positions.At(root));
        return new CommitteeLoadResult(display, committee, Diagnostic.Sort(found));
    }
}
