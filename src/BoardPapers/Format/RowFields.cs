using System.Text;

namespace BoardPapers.Format;

/// <summary>
/// The fields of actions, steps and recommendations that are described once (<see cref="RowField"/>): each
/// is read, checked, printed in a cell or a template, compared and outlined the same way from its entry here.
/// Fields with behaviour of their own (ref, text, lead, timescale and due, statuses, updates) stay in the
/// format beside them.
/// </summary>
public static class RowFields
{
    /// <summary>Every described field, in the order the format lists them (after progress).</summary>
    public static readonly IReadOnlyList<RowField> All =
    [
        new("success_criteria", RowFieldKind.Markdown, "Success criteria / milestones", "success criteria",
        [
            new("recommendation", "Success criteria (Markdown)."),
            new("action", "Success criteria or milestones (Markdown)."),
            new("step", "The step's own target or success criteria (Markdown)."),
        ]),
        new("evidence", RowFieldKind.Markdown, "Evidence of impact", "evidence",
        [
            new("action", "Evidence of impact (Markdown)."),
            new("step", "Evidence of the step's impact (Markdown)."),
        ]),
        new("workstream", RowFieldKind.Text, "Workstream", "workstream",
        [
            new("action", "The workstream or accountable body."),
            new("step", "The workstream or body the step is delivered through."),
        ]),
        new("next_steps", RowFieldKind.Markdown, "Next steps", "next steps",
        [
            new("action", "What the lead will do before the next report (Markdown): what a quarterly update asks for beside progress."),
            new("step", "What the lead will do on this step before the next report (Markdown)."),
        ], Since: 2),
    ];

    /// <summary>The fields a kind of row may carry ("action", "step", "recommendation"), in order.</summary>
    public static IEnumerable<RowField> On(string row) => All.Where(f => f.On(row));

    /// <summary>A described field by its key, or null.</summary>
    public static RowField? Find(string key) => All.FirstOrDefault(f => f.Key == key);

    /// <summary>The format's keys for a kind of row: each field with the shape its kind is checked by.</summary>
    public static IEnumerable<Field> Keys(string row, Shape text, Shape markdown) =>
        On(row).Select(f => new Field(f.Key, f.Kind == RowFieldKind.Markdown ? markdown : text, false, f.Description(row), f.Since));

    /// <summary>The documentation's table of described fields (docs/plan-format.md holds it; a test keeps it in step).</summary>
    public static string DocumentationTable()
    {
        var table = new StringBuilder();
        table.Append("| key | holds | on | default heading | format |\n|---|---|---|---|---|\n");
        foreach (var field in All)
        {
            var holds = field.Kind == RowFieldKind.Markdown ? "Markdown" : "text";
            var rows = string.Join(", ", field.Uses.Select(u => u.Row == "step" ? "steps (`step." + field.Key + "`)" : u.Row + "s"));
            table.Append(System.Globalization.CultureInfo.InvariantCulture, $"| `{field.Key}` | {holds} | {rows} | {field.Heading} | {field.Since} |\n");
        }

        return table.ToString();
    }
}
