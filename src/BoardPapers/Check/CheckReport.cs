using BoardPapers.Base;
using BoardPapers.Load;
using BoardPapers.Packs;
using BoardPapers.Validate;

namespace BoardPapers.Check;

/// <summary>The outcome of checking several plan and meeting files.</summary>
public sealed partial record CheckReport(IReadOnlyList<CheckedFile> Files, bool Strict)
{
    /// <summary>Every diagnostic of every file.</summary>
    public IEnumerable<Diagnostic> Diagnostics => Files.SelectMany(f => f.Diagnostics);

    /// <summary>How many errors were found (warnings count with --strict).</summary>
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    /// <summary>How many warnings were found.</summary>
    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);

    /// <summary>Checks files (a meeting file with the reports it names); with <paramref name="strict"/>, every warning is reported as an error; a meeting's files must be inside <paramref name="root"/> (by default the git work tree holding it).</summary>
    public static CheckReport Run(IEnumerable<string> files, bool strict, PlanLoader? loader = null, IProgress<string>? progress = null, Templates.TemplateFolders? templates = null, FileRoot? root = null)
    {
        loader ??= new PlanLoader();
        var results = new List<CheckedFile>();
        foreach (var file in files)
        {
            progress?.Report(file);
            var result = KindOf(file) switch
            {
                CheckedKind.Meeting => CheckMeeting(file, templates, root),
                CheckedKind.Committee => CheckCommittee(file),
                _ => CheckPlan(file, loader),
            };
            if (strict)
            {
                result = result with { Diagnostics = [.. result.Diagnostics.Select(d => d.AsError())] };
            }

            results.Add(result);
        }

        return new CheckReport(results, strict);
    }

    /// <summary>A meeting, its reports and the files they name; with the templates folders, also that every plan appendix names a template.</summary>
    private static CheckedFile CheckMeeting(string file, Templates.TemplateFolders? templates, FileRoot? root)
    {
        var meeting = new MeetingLoader(root: root).LoadFile(file);
        var diagnostics = meeting.Diagnostics;
        if (meeting.Meeting is not null)
        {
            // What the pack would refuse, check reports: revisions git does not have, and (with the folders) templates.
            diagnostics = Diagnostic.Sort([.. diagnostics, .. AppendixRevisions.Check(meeting.Meeting), .. templates is null ? [] : AppendixTemplates.Check(meeting.Meeting, templates)]);
        }

        return new CheckedFile(meeting.File, CheckedKind.Meeting, null, meeting.Meeting, diagnostics);
    }

    private static CheckedFile CheckCommittee(string file)
    {
        var committee = new CommitteeReader().LoadFile(file);
        return new CheckedFile(committee.File, CheckedKind.Committee, null, null, committee.Diagnostics) { Committee = committee.Committee };
    }

    private static CheckedFile CheckPlan(string file, PlanLoader loader)
    {
        var plan = loader.LoadFile(file);
        var diagnostics = plan.Plan is null || plan.Diagnostics.Any(d => d.Severity == Severity.Error)
            ? plan.Diagnostics
            : Diagnostic.Sort([.. plan.Diagnostics, .. ColumnWidthLint.Check(plan.Plan)]);
        return new CheckedFile(plan.File, CheckedKind.Plan, plan.Plan, null, diagnostics);
    }

    /// <summary>A meeting file has a top-level `meeting:` key; everything else is read as a plan.</summary>
    public static bool IsMeeting(string file) => KindOf(file) == CheckedKind.Meeting;

    /// <summary>A meeting file has a top-level `meeting:` key, a committee file a top-level `committee:`; everything else is read as a plan.</summary>
    public static CheckedKind KindOf(string file)
    {
        try
        {
            // The start of the file is enough; a file the door refuses is read as a plan, whose loader reports why.
            var start = System.Text.Encoding.UTF8.GetString(FileDoor.ReadStart(file, 65536));
            return MeetingKey().IsMatch(start) ? CheckedKind.Meeting : CommitteeKey().IsMatch(start) ? CheckedKind.Committee : CheckedKind.Plan;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return CheckedKind.Plan;
        }
    }

    // `meeting:` at the start of a line, then its block below or its value on the line (`meeting: { committee: ... }`).
    [System.Text.RegularExpressions.GeneratedRegex(@"^meeting:(?=[ \t]|\r?$)", System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex MeetingKey();

    [System.Text.RegularExpressions.GeneratedRegex(@"^committee:(?=[ \t]|\r?$)", System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex CommitteeKey();
}
