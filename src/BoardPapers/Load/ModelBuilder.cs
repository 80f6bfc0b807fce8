using BoardPapers.Format;
using BoardPapers.Model;
using YamlDotNet.RepresentationModel;
using static BoardPapers.Load.FormatReader;

namespace BoardPapers.Load;

/// <summary>
/// Builds model records from a YAML tree that has been validated. Tolerant: a value the validator
/// already reported is skipped, so that the meaning checks can still report everything else at once.
/// Every key it reads must exist in <see cref="PlanFormat"/>, so the reader and the schema stay one.
/// </summary>
internal sealed class ModelBuilder(PositionMapper positions)
{
    public Plan BuildPlan(YamlMappingNode root)
    {
        var info = Get(root, PlanFormat.Root, "plan") as YamlMappingNode ?? new YamlMappingNode();
        var legends = ListOf(root, PlanFormat.Root, "legends", BuildLegend);
        return new Plan(
            positions.At(root),
            (int)(Get(root, PlanFormat.Root, "format") is YamlScalarNode f ? YamlValues.AsInteger(f) ?? 0 : 0),
            Text(info, PlanFormat.Plan, "title") ?? "",
            Text(info, PlanFormat.Plan, "organisation"),
            Text(info, PlanFormat.Plan, "owner"),
            Text(info, PlanFormat.Plan, "period"),
            Text(info, PlanFormat.Plan, "version"),
            Date(info, PlanFormat.Plan, "as_at"),
            Boolean(info, PlanFormat.Plan, "draft") ?? false,
            Text(info, PlanFormat.Plan, "draft_banner"),
            Text(info, PlanFormat.Plan, "summary"),
            Narrative(info, PlanFormat.Plan, "narrative"),
            legends,
            ListOf(root, PlanFormat.Root, "sources", BuildSource),
            BuildSettings(Get(root, PlanFormat.Root, "settings") as YamlMappingNode),
            ListOf(root, PlanFormat.Root, "themes", BuildTheme),
            ListOf(root, PlanFormat.Root, "indicators", BuildIndicator))
        {
            Appendices = ListOf(root, PlanFormat.Root, "appendices", a => new PlanAppendix(
                Text(a, PlanFormat.Appendix, "title") ?? "",
                Text(a, PlanFormat.Appendix, "text") ?? "",
                positions.At(a))),
        };
    }

    private Legend BuildLegend(YamlMappingNode m) => new(
        Text(m, PlanFormat.Legend, "key") ?? "",
        Text(m, PlanFormat.Legend, "title") ?? "",
        Text(m, PlanFormat.Legend, "description"),
        Boolean(m, PlanFormat.Legend, "ordered") ?? true,
        Boolean(m, PlanFormat.Legend, "scale") ?? false,
        ListOf(m, PlanFormat.Legend, "values", v => new LegendValue(
            Text(v, PlanFormat.LegendValue, "key") ?? "",
            Text(v, PlanFormat.LegendValue, "label") ?? "",
            Text(v, PlanFormat.LegendValue, "meaning"),
            Text(v, PlanFormat.LegendValue, "colour"),
            Boolean(v, PlanFormat.LegendValue, "complete") ?? false,
            positions.At(v))
        { Exception = Boolean(v, PlanFormat.LegendValue, "exception") }),
        positions.At(m));

    private Source BuildSource(YamlMappingNode m) => new(
        Text(m, PlanFormat.Source, "code") ?? "",
        Text(m, PlanFormat.Source, "title") ?? "",
        Text(m, PlanFormat.Source, "kind"),
        DayOrMonth(m, PlanFormat.Source, "date"),
        Text(m, PlanFormat.Source, "description"),
        positions.At(m));

    private PlanSettings BuildSettings(YamlMappingNode? m)
    {
        m ??= new YamlMappingNode();
        var themeLabel = Text(m, PlanFormat.Settings, "theme_label") ?? "Theme";
        var recommendationLabel = Text(m, PlanFormat.Settings, "recommendation_label") ?? "Recommendation";
        return new PlanSettings(
            themeLabel,
            recommendationLabel,
            Columns(m, "action_columns"),
            Columns(m, "recommendation_columns"),
            Columns(m, "indicator_columns"))
        {
            CombinedLegends = Text(m, PlanFormat.Settings, "legend_layout") == "combined",
            KeyByStatus = Text(m, PlanFormat.Settings, "legend_layout") == "by-status",
            KeyHeading = Text(m, PlanFormat.Settings, "key_heading") ?? "Status",
            KeyBestFirst = Text(m, PlanFormat.Settings, "key_order") == "best-first",
            LegendsPerTheme = Text(m, PlanFormat.Settings, "legend_repeat") == "per-theme",
            ThemePerPage = Text(m, PlanFormat.Settings, "theme_break") == "page",
            Cover = Boolean(m, PlanFormat.Settings, "cover") == true,
            Contents = Boolean(m, PlanFormat.Settings, "contents") == true,
            Colour = Text(m, PlanFormat.Settings, "colour"),
        };
    }

    private List<TableColumn> Columns(YamlMappingNode settings, string key) =>
        ListOf(settings, PlanFormat.Settings, key, c =>
        {
            var field = Text(c, PlanFormat.Column, "field") ?? "";
            var heading = Text(c, PlanFormat.Column, "heading") ?? PlanFormat.DefaultHeading(field);
            var widthNode = Get(c, PlanFormat.Column, "width") as YamlScalarNode;
            var width = widthNode is null ? null : (int?)YamlValues.AsInteger(widthNode);
            var merge = Get(c, PlanFormat.Column, "merge");
            return new TableColumn(field, heading, width, positions.At(c))
            {
                Merge = merge is YamlScalarNode m && YamlValues.AsBoolean(m) == true,
                MergePosition = merge is null ? null : positions.At(merge),
                WidthPosition = widthNode is null ? null : positions.At(widthNode),
            };
        });

    private Theme BuildTheme(YamlMappingNode m) => new(
        Ref(m, PlanFormat.Theme) ?? "",
        Text(m, PlanFormat.Theme, "title") ?? "",
        Leads(m, PlanFormat.Theme),
        Narrative(m, PlanFormat.Theme, "narrative"),
        Statuses(m, PlanFormat.Theme),
        ListOf(m, PlanFormat.Theme, "recommendations", BuildRecommendation),
        ListOf(m, PlanFormat.Theme, "actions", BuildAction),
        ListOf(m, PlanFormat.Theme, "groups", BuildGroup),
        ListOf(m, PlanFormat.Theme, "indicators", BuildIndicator),
        Text(m, PlanFormat.Theme, "notes"),
        positions.At(m));

    private ActionGroup BuildGroup(YamlMappingNode m) => new(
        Text(m, PlanFormat.Group, "title") ?? "",
        Text(m, PlanFormat.Group, "narrative"),
        ListOf(m, PlanFormat.Group, "recommendations", BuildRecommendation),
        ListOf(m, PlanFormat.Group, "actions", BuildAction),
        positions.At(m));

    private Recommendation BuildRecommendation(YamlMappingNode m) => new(
        Ref(m, PlanFormat.Recommendation) ?? "",
        Text(m, PlanFormat.Recommendation, "text") ?? "",
        Leads(m, PlanFormat.Recommendation),
        Texts(m, PlanFormat.Recommendation, "sources"),
        Statuses(m, PlanFormat.Recommendation),
        Text(m, PlanFormat.Recommendation, "timescale"),
        DayOrMonth(m, PlanFormat.Recommendation, "due"),
        Text(m, PlanFormat.Recommendation, "progress"),
        Updates(m, PlanFormat.Recommendation),
        Get(m, PlanFormat.Recommendation, "response") is YamlMappingNode r
            ? new Response(
                Text(r, PlanFormat.Response, "by"),
                Text(r, PlanFormat.Response, "approved"),
                Text(r, PlanFormat.Response, "text") ?? "",
                positions.At(r))
            : null,
        ListOf(m, PlanFormat.Recommendation, "actions", BuildAction),
        ListOf(m, PlanFormat.Recommendation, "groups", BuildGroup),
        Text(m, PlanFormat.Recommendation, "notes"),
        positions.At(m))
    {
        Fields = Described(m, PlanFormat.Recommendation),
        Citations = ListOf(m, PlanFormat.Recommendation, "sources", BuildCitation),
        PrintedRef = Text(m, PlanFormat.Recommendation, "printed_ref"),
    };

    /// <summary>The described fields (<see cref="RowFields"/>) written on a row of this shape.</summary>
    private static FieldDictionary Described(YamlMappingNode m, ObjectShape shape)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in RowFields.On(shape.Name))
        {
            if (Text(m, shape, field.Key) is { } value)
            {
                values[field.Key] = value;
            }
        }

        return values.Count == 0 ? FieldDictionary.None : new FieldDictionary(values);
    }

    private Citation BuildCitation(YamlMappingNode m) => new(
        Text(m, PlanFormat.Citation, "file") ?? "",
        Ref(m, PlanFormat.Citation) ?? "",
        positions.At(Get(m, PlanFormat.Citation, "file") ?? m))
    {
        RefPosition = positions.At(Get(m, PlanFormat.Citation, "ref") ?? m),
    };

    private PlanStep BuildStep(YamlMappingNode m) => new(
        Ref(m, PlanFormat.Step),
        Text(m, PlanFormat.Step, "text") ?? "",
        Leads(m, PlanFormat.Step),
        Text(m, PlanFormat.Step, "timescale"),
        DayOrMonth(m, PlanFormat.Step, "due"),
        Statuses(m, PlanFormat.Step),
        Text(m, PlanFormat.Step, "progress"),
        positions.At(m))
    {
        Fields = Described(m, PlanFormat.Step),
    };

    private PlanAction BuildAction(YamlMappingNode m) => new(
        Ref(m, PlanFormat.Action) ?? "",
        Text(m, PlanFormat.Action, "text") ?? "",
        Leads(m, PlanFormat.Action),
        Text(m, PlanFormat.Action, "timescale"),
        DayOrMonth(m, PlanFormat.Action, "due"),
        Text(m, PlanFormat.Action, "progress"),
        Texts(m, PlanFormat.Action, "sources"),
        Statuses(m, PlanFormat.Action),
        Updates(m, PlanFormat.Action),
        Text(m, PlanFormat.Action, "notes"),
        positions.At(m))
    {
        Fields = Described(m, PlanFormat.Action),
        Steps = ListOf(m, PlanFormat.Action, "steps", BuildStep),
        Citations = ListOf(m, PlanFormat.Action, "sources", BuildCitation),
        PrintedRef = Text(m, PlanFormat.Action, "printed_ref"),
    };

    private Indicator BuildIndicator(YamlMappingNode m) => new(
        Ref(m, PlanFormat.Indicator) ?? "",
        Text(m, PlanFormat.Indicator, "title") ?? "",
        Text(m, PlanFormat.Indicator, "owner"),
        Text(m, PlanFormat.Indicator, "frequency"),
        Text(m, PlanFormat.Indicator, "measure"),
        Text(m, PlanFormat.Indicator, "polarity") switch
        {
            "rise" => Polarity.Rise,
            "fall" => Polarity.Fall,
            "bell-shaped" => Polarity.BellShaped,
            _ => Polarity.Unspecified,
        },
        Text(m, PlanFormat.Indicator, "baseline"),
        Text(m, PlanFormat.Indicator, "baseline_period"),
        ListOf(m, PlanFormat.Indicator, "periods", p => new IndicatorPeriod(
            Text(p, PlanFormat.Period, "period") ?? "",
            Text(p, PlanFormat.Period, "target"),
            Text(p, PlanFormat.Period, "result"),
            Text(p, PlanFormat.Period, "predicted"),
            Text(p, PlanFormat.Period, "note"),
            positions.At(p))),
        Text(m, PlanFormat.Indicator, "data_quality"),
        Text(m, PlanFormat.Indicator, "direction"),
        Statuses(m, PlanFormat.Indicator),
        Text(m, PlanFormat.Indicator, "notes"),
        positions.At(m));

    private List<Update> Updates(YamlMappingNode m, ObjectShape shape) =>
        ListOf(m, shape, "updates", u => Date(u, PlanFormat.Update, "date") is { } date
            ? new Update(date, Text(u, PlanFormat.Update, "title"), Text(u, PlanFormat.Update, "text") ?? "", positions.At(u))
            : null);

    private List<NarrativeSection> Narrative(YamlMappingNode m, ObjectShape shape, string key) =>
        Get(m, shape, key) switch
        {
            YamlScalarNode s when s.Value is { } text => [new NarrativeSection(null, text, positions.At(s))],
            YamlSequenceNode => ListOf(m, shape, key, n => new NarrativeSection(
                Text(n, PlanFormat.NarrativeSection, "heading"),
                Text(n, PlanFormat.NarrativeSection, "text") ?? "",
                positions.At(n))
            {
                After = Text(n, PlanFormat.NarrativeSection, "position") == "after",
            }),
            _ => [],
        };

    private List<Status> Statuses(YamlMappingNode m, ObjectShape shape)
    {
        var result = new List<Status>();
        if (Get(m, shape, "statuses") is not YamlMappingNode map)
        {
            return result;
        }

        foreach (var (k, v) in map.Children)
        {
            if (k is YamlScalarNode { Value: { } legend } && v is YamlScalarNode { Value: { } value } && !YamlValues.IsNull(v))
            {
                result.Add(new Status(legend, value, positions.At(v)));
            }
        }

        return result;
    }
}
