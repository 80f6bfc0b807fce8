namespace BoardPapers.Format;

/// <summary>
/// The plan format, versions 1 and 2, as data (a key new in 2 says so; a format 1 file may not use it). The validator walks it, the JSON Schema is written from it,
/// and docs/plan-format.md describes it; change all three together.
/// </summary>
public static class PlanFormat
{
    /// <summary>The newest plan format version (format: 2); every format 1 file is a valid format 2 file.</summary>
    public const int Version = 2;

    /// <summary>How a column names a legend's status: status:KEY.</summary>
    public const string StatusFieldPrefix = "status:";

    /// <summary>How a column names a step's field: step.lead, step.status:KEY (format 2).</summary>
    public const string StepFieldPrefix = "step.";

    /// <summary>Fields of a step a column may show (besides step.status:LEGEND).</summary>
    public static readonly IReadOnlyList<string> StepColumnFields = ["ref", "text", "lead", "timescale", "due", "progress", .. RowFields.On("step").Select(f => f.Key)];

    /// <summary>Fields a table column may show; "status:LEGEND" shows a status on that legend.</summary>
    public static readonly IReadOnlyList<string> ColumnFields =
    [
        "ref", "text", "lead", "timescale", "due", "progress", .. RowFields.All.Select(f => f.Key),
        "sources", "cited", "updates", "response", "notes",
        "title", "owner", "frequency", "measure", "polarity", "baseline", "periods", "data_quality", "direction",
    ];

    private static readonly Dictionary<string, string> DefaultHeadings = new(StringComparer.Ordinal)
    {
        ["ref"] = "Ref.",
        ["text"] = "Action",
        ["lead"] = "Lead",
        ["timescale"] = "Timescale",
        ["due"] = "Due Date",
        ["progress"] = "Progress to date",
        ["sources"] = "Source",
        ["cited"] = "Cited recommendation",
        ["updates"] = "Updates",
        ["response"] = "Response",
        ["notes"] = "Notes",
        ["title"] = "Title",
        ["owner"] = "Owner",
        ["frequency"] = "Frequency & Measure",
        ["measure"] = "Measure",
        ["polarity"] = "Rise or Fall",
        ["baseline"] = "Baseline",
        ["periods"] = "Targets and results",
        ["data_quality"] = "Data Quality",
        ["direction"] = "Direction of travel",
    };

    /// <summary>The columns a table shows when the plan's settings choose none (status columns are added per legend).</summary>
    public static readonly IReadOnlyList<string> DefaultActionFields = ["ref", "text", "lead", "timescale", "progress"];

    /// <summary>The action columns printed when a plan with steps names none (step statuses are added per legend).</summary>
    public static readonly IReadOnlyList<string> DefaultStepActionFields = ["ref", "text", "step.text", "step.lead", "step.timescale", "step.progress"];

    /// <summary>The recommendation columns printed when a plan names none.</summary>
    public static readonly IReadOnlyList<string> DefaultRecommendationFields = ["ref", "text", "lead"];

    /// <summary>The indicator columns printed when a plan names none.</summary>
    public static readonly IReadOnlyList<string> DefaultIndicatorFields = ["ref", "title", "owner", "frequency", "polarity", "baseline", "periods", "data_quality"];

    /// <summary>The top level of a plan file.</summary>
    public static ObjectShape Root { get; }

    /// <summary>plan: the title, organisation, dates and draft state.</summary>
    public static ObjectShape Plan { get; }

    /// <summary>A legend: a named scale of statuses (RAG, grades).</summary>
    public static ObjectShape Legend { get; }

    /// <summary>A value of a legend, with its label and colour.</summary>
    public static ObjectShape LegendValue { get; }

    /// <summary>A source an action answers to (an inspection, a review).</summary>
    public static ObjectShape Source { get; }

    /// <summary>settings: labels and the columns printed.</summary>
    public static ObjectShape Settings { get; }

    /// <summary>A printed column: a field and its heading.</summary>
    public static ObjectShape Column { get; }

    /// <summary>A theme (strategic aim, key area).</summary>
    public static ObjectShape Theme { get; }

    /// <summary>A group of actions under a theme or recommendation.</summary>
    public static ObjectShape Group { get; }

    /// <summary>A recommendation and the actions that answer it.</summary>
    public static ObjectShape Recommendation { get; }

    /// <summary>An action: a row of the plan.</summary>
    public static ObjectShape Action { get; }

    /// <summary>A step of an action (format 2).</summary>
    public static ObjectShape Step { get; }

    /// <summary>A recommendation of another plan file that a row answers (format 2).</summary>
    public static ObjectShape Citation { get; }

    /// <summary>A dated progress update.</summary>
    public static ObjectShape Update { get; }

    /// <summary>An original response to a recommendation.</summary>
    public static ObjectShape Response { get; }

    /// <summary>A section of narrative (Markdown).</summary>
    public static ObjectShape NarrativeSection { get; }

    /// <summary>An appendix of the plan (format 2).</summary>
    public static ObjectShape Appendix { get; }

    /// <summary>A performance indicator.</summary>
    public static ObjectShape Indicator { get; }

    /// <summary>One period's result of an indicator.</summary>
    public static ObjectShape Period { get; }

    /// <summary>Every object shape, in the order the schema lists them.</summary>
    public static IReadOnlyList<ObjectShape> Objects { get; }

    /// <summary>The heading a column gets when the plan names none.</summary>
    public static string DefaultHeading(string field) =>
        DefaultHeadings.TryGetValue(field, out var heading) ? heading
        : RowFields.Find(field) is { } described ? described.Heading
        : field.StartsWith(StatusFieldPrefix, StringComparison.Ordinal) ? "Status"
        : field.StartsWith(StepFieldPrefix, StringComparison.Ordinal) ? StepHeading(field[StepFieldPrefix.Length..])
        : field;

    private static string StepHeading(string field) => field switch
    {
        "text" => "Step",
        "ref" => "Step ref.",
        _ => DefaultHeading(field),
    };

    static PlanFormat()
    {
        var text = new TextShape();
        var markdown = new TextShape(markdown: true);
        var reference = new TextShape(pattern: @"^\S(.*\S)?$", patternHint: "a ref has no leading or trailing spaces");
        var key = new TextShape(pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$", patternHint: "a key is letters, digits, '_', '.' or '-', starting with a letter or digit");
        var colour = new TextShape(pattern: "^#[0-9A-Fa-f]{6}$", patternHint: "a colour is written #RRGGBB, e.g. #C00000");
        var leads = new OneOfShape(text, new ListShape(text, "names"));
        Citation = new ObjectShape("cited recommendation", "A recommendation of another plan file this row answers, e.g. an inspection's recommendations kept in their own plan (format 2).")
            .Add("file", text, "The other plan's file, by its path relative to this plan's folder, e.g. ofsted-recommendations.yaml.", required: true, since: 2)
            .Add("ref", reference, "The recommendation's ref in that plan, e.g. B7.", required: true, since: 2);
        var codes = new ListShape(new OneOfShape(text, Citation), "source codes");
        var statuses = new MapShape("legend keys", new TextShape());

        NarrativeSection = new ObjectShape("narrative section", "A block of narrative with an optional heading.")
            .Add("heading", text, "The section heading, e.g. \"Why this area\".")
            .Add("text", markdown, "The section text (Markdown).", required: true)
            .Add("position", new ChoiceShape("before", "after"), "Where it prints: before the tables (the default) or after them, e.g. \"Delivery and monitoring\" (format 2).", since: 2);
        var narrative = new OneOfShape(markdown, new ListShape(NarrativeSection, "narrative sections"));

        Update = new ObjectShape("update", "A dated progress update.")
            .Add("date", DateShape.Instance, "The date of the update.", required: true)
            .Add("title", text, "How the update is headed in print, e.g. \"December 2010 update\".")
            .Add("text", markdown, "The update (Markdown).", required: true);

        Response = new ObjectShape("response", "The original response to a recommendation.")
            .Add("by", text, "Who responded, e.g. \"Director's Response\".")
            .Add("approved", text, "Where and when it was approved, e.g. \"Executive Board August 2009\".")
            .Add("text", markdown, "The response (Markdown).", required: true);

        LegendValue = new ObjectShape("legend value", "One value of a legend.")
            .Add("key", key, "What plans write in statuses, e.g. red.", required: true)
            .Add("label", text, "What is printed, e.g. Red. Always printed beside the colour.", required: true)
            .Add("meaning", text, "What the value means, printed in the legend.")
            .Add("colour", colour, "Cell shading, #RRGGBB.")
            .Add("complete", BooleanShape.Instance, "Whether a row with this value counts as complete (not overdue).")
            .Add("exception", BooleanShape.Instance, "Whether the exception report lists rows with this value by default. When no value says, it lists every value short of complete but the best of an ordered legend.");

        Legend = new ObjectShape("legend", "A set of status values: a RAG, a category, a tracking stage.")
            .Add("key", key, "How statuses and columns name this legend, e.g. rag.", required: true)
            .Add("title", text, "The legend's heading, e.g. \"Delivery RAG\".", required: true)
            .Add("description", markdown, "What the legend is for.")
            .Add("ordered", BooleanShape.Instance, "Whether values run from worst to best (default true), so that changes read as worse or better.")
            .Add("scale", BooleanShape.Instance, "A fixed, published scale (Ofsted grades, tracking stages): rows may use only some values, so unused values are not warned about.")
            .Add("values", new ListShape(LegendValue, "legend values"), "The values, worst first when ordered.", required: true);

        Source = new ObjectShape("source", "Where recommendations come from.")
            .Add("code", reference, "The code recommendations cite, e.g. JAR.", required: true)
            .Add("title", text, "The source's name, e.g. \"Joint Area Review, June 2008\".", required: true)
            .Add("kind", text, "e.g. inspection, monitoring visit, serious case review.")
            .Add("date", DateShape.DayOrMonth, "When it was published: a day, or a month (format 2).")
            .Add("description", markdown, "What it is (Markdown).");

        Column = new ObjectShape("column", "One column of a rendered table.")
            .Add("field", new TextShape(), "The field shown: " + string.Join(", ", ColumnFields) + ", or status:LEGEND.", required: true)
            .Add("heading", text, "The column heading as printed; defaults from the field.")
            .Add("width", new IntegerShape(1, 100), "The column's share of the table width, in percent.")
            .Add("merge", BooleanShape.Instance, "Whether runs of equal cells in adjacent rows print as one merged cell, as printed plans do for workstreams and areas (format 2).", since: 2);

        Settings = new ObjectShape("settings", "How this plan is presented.")
            .Add("theme_label", text, "What a theme is called in print, e.g. \"Strategic Aim\" (default \"Theme\").")
            .Add("recommendation_label", text, "What a recommendation is called in print (default \"Recommendation\").")
            .Add("legend_layout", new ChoiceShape("separate", "combined", "by-status"), "How legends print: a table each (separate, the default), one key table with the legends side by side (combined), or one table with a row per status and a column per legend giving its meaning (by-status) (format 2).", since: 2)
            .Add("key_heading", text, "The heading of a by-status key's status column, in the plan's words, e.g. \"RAG\" (default \"Status\") (format 2).", since: 2)
            .Add("key_order", new ChoiceShape("as-written", "best-first"), "The order of a by-status key's rows: as the legends list their values (as-written, the default) or best first (best-first) (format 2).", since: 2)
            .Add("legend_repeat", new ChoiceShape("once", "per-theme"), "Where the key prints: once before the first table (the default) or under every theme heading (per-theme) (format 2).", since: 2)
            .Add("colour", colour, "The council's colour, #RRGGBB: the header of the plan's web pages (its text turns black or white, whichever reads better).")
            .Add("theme_break", new ChoiceShape("none", "page"), "Whether each theme starts on a new page (page) or follows the one before (none, the default) (format 2).", since: 2)
            .Add("cover", BooleanShape.Instance, "Whether a long plan opens with a cover page: the organisation, the title, its owner, version and as-at date (format 2).", since: 2)
            .Add("contents", BooleanShape.Instance, "Whether a long plan prints a contents list of its sections with their page numbers (Word fills them on opening, the PDF prints them) (format 2).", since: 2)
            .Add("action_columns", new ListShape(Column, "columns"), "The columns of action tables, in order.")
            .Add("recommendation_columns", new ListShape(Column, "columns"), "The columns of recommendation tables, in order.")
            .Add("indicator_columns", new ListShape(Column, "columns"), "The columns of indicator tables, in order.");

        Period = new ObjectShape("period", "One period of an indicator, values kept as printed.")
            .Add("period", text, "e.g. 2010/11 or 2010/11 Q2.", required: true)
            .Add("target", text, "The target for the period.")
            .Add("result", text, "The result for the period.")
            .Add("predicted", text, "The predicted (forecast) result.")
            .Add("note", text, "A note on the period.");

        Indicator = new ObjectShape("indicator", "A performance indicator (KPI).")
            .Add("ref", reference, "The indicator's reference, e.g. NI 59.", required: true)
            .Add("title", text, "What is measured.", required: true)
            .Add("owner", text, "Who owns it.")
            .Add("frequency", text, "How often it is reported, e.g. Quarterly.")
            .Add("measure", text, "The unit, e.g. %.")
            .Add("polarity", new ChoiceShape("rise", "fall", "bell-shaped"), "Which way is good: rise, fall or bell-shaped.")
            .Add("baseline", text, "The baseline value as printed.")
            .Add("baseline_period", text, "When the baseline was measured.")
            .Add("periods", new ListShape(Period, "periods"), "Targets and results per period, oldest first.")
            .Add("data_quality", text, "The data quality note.")
            .Add("direction", text, "Direction of travel as reported, e.g. improving.")
            .Add("statuses", statuses, "Statuses, legend key to value key.")
            .Add("notes", markdown, "Notes (Markdown).");

        Step = new ObjectShape("step", "One step of an action, on a row of its own under the action (format 2).")
            .Add("ref", reference, "The step's ref, unique in its action; diffs follow it (else the step's position).")
            .Add("text", markdown, "What the step is (Markdown).", required: true)
            .Add("lead", leads, "The lead officer or officers for this step.")
            .Add("timescale", text, "The timescale as written.")
            .Add("due", DateShape.DayOrMonth, "The machine-readable due date: a day or a month.")
            .Add("statuses", statuses, "Statuses, legend key to value key.")
            .Add("progress", markdown, "Progress on the step (Markdown).")
            .Add(RowFields.Keys("step", text, markdown));

        Action = new ObjectShape("action", "One action: a row of an action plan.")
            .Add("ref", reference, "The action's ref, unique in the plan, e.g. 2.3.", required: true)
            .Add("text", markdown, "What will be done (Markdown).", required: true)
            .Add("lead", leads, "The lead officer or officers.")
            .Add("timescale", text, "The timescale as the officer wrote it, e.g. \"Jan 2010 - Interim\".")
            .Add("due", DateShape.DayOrMonth, "The machine-readable due date beside the timescale: a day, or a month (format 2), counted as its last day.")
            .Add("progress", markdown, "Progress to date (Markdown).")
            .Add(RowFields.Keys("action", text, markdown))
            .Add("sources", codes, "Source codes this action answers.")
            .Add("printed_ref", text, "The reference as the plan prints it, kept exactly as written (e.g. \"SAV LCCIB (S5, B3)\"): the sources column prints it instead of the codes, which `sources` still lists for check.", since: 2)
            .Add("statuses", statuses, "Statuses, legend key to value key, e.g. rag: amber.")
            .Add("updates", new ListShape(Update, "updates"), "Dated progress updates.")
            .Add("notes", markdown, "Notes and footnotes (Markdown).")
            .Add("steps", new ListShape(Step, "steps"), "Steps, each on its own row under the action, with its own date, lead and status; the action's other cells span them (format 2).", since: 2);

        Recommendation = new ObjectShape("recommendation", "A recommendation or priority, with the actions that deliver it.");
        Group = new ObjectShape("group", "A sub-group inside a theme or recommendation, printed as a row spanning the table.");

        Recommendation
            .Add("ref", reference, "The recommendation's ref, unique in the plan.", required: true)
            .Add("text", markdown, "The recommendation (Markdown).", required: true)
            .Add("lead", leads, "The lead officer or officers; actions without a lead inherit it.")
            .Add("sources", codes, "Source codes, e.g. the inspection it comes from.")
            .Add("printed_ref", text, "The reference as the plan prints it, kept exactly as written (e.g. \"SAV MV1 A4 SCR\"): the sources column prints it instead of the codes, which `sources` still lists for check.", since: 2)
            .Add("statuses", statuses, "Statuses, legend key to value key, e.g. stage: 4.")
            .Add("timescale", text, "The timescale as written.")
            .Add("due", DateShape.DayOrMonth, "The machine-readable due date: a day, or a month (format 2), counted as its last day.")
            .Add("progress", markdown, "Progress to date (Markdown).")
            .Add(RowFields.Keys("recommendation", text, markdown))
            .Add("updates", new ListShape(Update, "updates"), "Dated progress updates.")
            .Add("response", Response, "The original response.")
            .Add("actions", new ListShape(Action, "actions"), "The actions.")
            .Add("groups", new ListShape(Group, "groups"), "Sub-groups of actions.")
            .Add("notes", markdown, "Notes and footnotes (Markdown).");

        Group
            .Add("title", text, "The sub-group's title, e.g. Leadership.", required: true)
            .Add("narrative", markdown, "Text under the title (Markdown).")
            .Add("recommendations", new ListShape(Recommendation, "recommendations"), "Recommendations in the group.")
            .Add("actions", new ListShape(Action, "actions"), "Actions in the group.");

        Theme = new ObjectShape("theme", "A theme, strategic aim, key area or tracker.")
            .Add("ref", reference, "The theme's ref, unique in the plan.", required: true)
            .Add("title", text, "The theme's title.", required: true)
            .Add("lead", leads, "The accountable officer or officers.")
            .Add("narrative", narrative, "Why this area, what we will achieve, how, how we will know (Markdown or sections).")
            .Add("statuses", statuses, "Statuses, e.g. the tracker's overall RAG.")
            .Add("recommendations", new ListShape(Recommendation, "recommendations"), "Recommendations in the theme.")
            .Add("actions", new ListShape(Action, "actions"), "Actions directly in the theme.")
            .Add("groups", new ListShape(Group, "groups"), "Sub-groups.")
            .Add("indicators", new ListShape(Indicator, "indicators"), "The theme's indicators.")
            .Add("notes", markdown, "Notes and footnotes (Markdown).");

        Plan = new ObjectShape("plan", "What the plan is.")
            .Add("title", text, "The plan's title.", required: true)
            .Add("organisation", text, "The council or body.")
            .Add("owner", text, "The board that owns the plan.")
            .Add("period", text, "The period it covers, e.g. 2009-2011.")
            .Add("version", text, "The version as printed.")
            .Add("as_at", DateShape.Instance, "The date the plan's progress is reported as at; overdue is judged against it.")
            .Add("draft", BooleanShape.Instance, "Whether the plan is a draft (prints a DRAFT banner).")
            .Add("draft_banner", text, "The banner text, default \"DRAFT\".")
            .Add("summary", markdown, "An introduction (Markdown).")
            .Add("narrative", narrative, "Context sections (Markdown or sections).");

        Appendix = new ObjectShape("appendix", "A titled section printed after everything else, from a new page (format 2).")
            .Add("title", text, "The appendix's title, e.g. \"Appendix A: Governance\".", required: true)
            .Add("text", markdown, "The appendix (Markdown: headings, lists and tables).", required: true);

        Root = new ObjectShape("plan file", "A BoardPapers plan, format version 1 or 2.")
            .Add("format", new IntegerShape(1, Version), "The plan format version: 1, or 2 to use the keys marked (format 2).", required: true)
            .Add("plan", Plan, "What the plan is.", required: true)
            .Add("legends", new ListShape(Legend, "legends"), "The legends statuses are written on.")
            .Add("sources", new ListShape(Source, "sources"), "Where recommendations come from.")
            .Add("settings", Settings, "How the plan is presented.")
            .Add("themes", new ListShape(Theme, "themes"), "The themes, in order.", required: true)
            .Add("indicators", new ListShape(Indicator, "indicators"), "Indicators not tied to one theme.")
            .Add("appendices", new ListShape(Appendix, "appendices"), "Appendices, printed last, each from a new page (format 2).", since: 2);

        Objects = [Root, Plan, Legend, LegendValue, Source, Settings, Column, Theme, Group, Recommendation, Action, Step, Citation, Update, Response, NarrativeSection, Appendix, Indicator, Period];
    }
}
