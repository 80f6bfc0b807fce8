using System.Text.RegularExpressions;

namespace BoardPapers.Import;

/// <summary>
/// The wordings councils head their plans' columns with, and the plan field each means: "By Who" and
/// "Responsible Officer" are the lead, "Target Date" and "Deadline" the timescale, "RAG" and "Rating" a status.
/// The first pattern that matches wins, so "Status update" is progress before "Status" is a status.
/// </summary>
public static partial class HeadingWords
{
    private static readonly (string Field, Regex Pattern)[] Fields =
    [
        ("theme", ThemeWords()),
        ("ref", RefWords()),
        ("progress", ProgressWords()),
        ("evidence", EvidenceWords()),
        ("success_criteria", CriteriaWords()),
        ("next_steps", NextStepsWords()),
        ("status", StatusWords()),
        ("lead", LeadWords()),
        ("timescale", TimescaleWords()),
        ("workstream", WorkstreamWords()),
        ("text", TextWords()),
    ];

    /// <summary>The field a column's heading names, or null when no wording councils use matches it.</summary>
    public static string? FieldOf(string heading)
    {
        ArgumentNullException.ThrowIfNull(heading);
        var words = string.Join(' ', heading.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim(' ', ':', '.', '*');
        return words.Length == 0 ? null : Fields.FirstOrDefault(f => f.Pattern.IsMatch(words)).Field;
    }

    /// <summary>A column naming each row's theme: a tracker's key area, written on every row rather than as a heading.</summary>
    [GeneratedRegex(@"^(theme|key area|area|strategic aim|strategic priority|strategic objective|priority area|focus area|outcome area|key line of enquiry|kloe)$")]
    private static partial Regex ThemeWords();

    [GeneratedRegex(@"^(ref|refs|reference|ref no|no|number|item|id|#|action no|action ref|rec no|recommendation no)\b")]
    private static partial Regex RefWords();

    [GeneratedRegex(@"progress|update|commentary|comments?\b|current position|position statement|narrative")]
    private static partial Regex ProgressWords();

    [GeneratedRegex(@"^(next steps?|next actions?|planned actions?|actions? planned|actions for next (quarter|period))$")]
    private static partial Regex NextStepsWords();

    [GeneratedRegex(@"evidence|outcome measure|how will we know|how we will know")]
    private static partial Regex EvidenceWords();

    [GeneratedRegex(@"success criteria|success measure|improvement target|intended outcome|outcomes?\b|measures? of success|milestones?|\btarget\b(?! date)")]
    private static partial Regex CriteriaWords();

    [GeneratedRegex(@"^(rag|r ?/ ?a ?/ ?g|status|rating|grade|judgement|delivery|impact|overall|bragg?)\b|\brag\b|\bstatus$|\brating$")]
    private static partial Regex StatusWords();

    [GeneratedRegex(@"\blead|by who|by whom|responsib|owner|accountab|^who\b|officer")]
    private static partial Regex LeadWords();

    [GeneratedRegex(@"timescale|time ?frame|target date|completion date|deadline|by when|^when\b|^by$|\bdate\b|\bdue\b")]
    private static partial Regex TimescaleWords();

    [GeneratedRegex(@"work ?stream|\bboard\b|sub-?group|programme|delivered through|delivery (vehicle|route|mechanism)")]
    private static partial Regex WorkstreamWords();

    [GeneratedRegex(@"action|priorit|area (of|for) (improvement|development)|recommendation|what (we|will)|task|activit|objective|description|\bissues?\b|requirement|step|^(title|name|indicator|performance indicator|kpi|what)$")]
    private static partial Regex TextWords();
}
