using BoardPapers.Base;
using BoardPapers.Load;
using BoardPapers.Validate;

namespace BoardPapers.Tests;

/// <summary>
/// Issue 14, item 9: plans that cite other plans. `sources` may name a recommendation of another plan file;
/// check resolves it and reports a dangling or unusable one at its position; templates print the cited text.
/// </summary>
public sealed class CitationTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("boardpapers-cite-").FullName;

    private const string Ofsted = """
        format: 1
        plan: { title: Ofsted recommendations 2017 }
        themes:
          - ref: B
            title: Areas for improvement
            recommendations:
              - { ref: B6, text: Strengthen management oversight of casework. }
              - { ref: B7, text: "Ensure that *return home interviews* are offered to every child." }
        """;

    private static string Citing(string file = "ofsted.yaml", string reference = "B7", int format = 2) => $$"""
        format: {{format}}
        plan: { title: Improvement plan }
        sources:
          - { code: OF17, title: Ofsted inspection 2017 }
        settings:
          action_columns:
            - { field: sources, heading: Ref. }
            - { field: text, heading: Action }
            - { field: cited, heading: Inspection recommendation }
        themes:
          - ref: "1"
            title: Missing children
            actions:
              - ref: "1.1"
                text: Commission a return home interview service
                lead: Head of Service
                sources: [OF17, { file: "{{file}}", ref: "{{reference}}" }]
        """;

    public CitationTests() => File.WriteAllText(Path.Combine(folder, "ofsted.yaml"), Ofsted);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private LoadResult Load(string yaml, string name = "plan.yaml")
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, yaml);
        return new PlanLoader().LoadFile(path);
    }

    [Fact]
    public void A_cited_recommendation_of_a_plan_beside_it_resolves_and_prints_its_text()
    {
        var loaded = Load(Citing());

        Assert.Empty(loaded.Diagnostics);
        var cited = Assert.Single(loaded.Plan!.Cited);
        Assert.Equal(("ofsted.yaml", "B7", "Ofsted recommendations 2017"), (cited.File, cited.Ref, cited.PlanTitle));

        var (html, docx) = Security.HostilePlan.Render(loaded);
        Assert.Contains("<td>OF17, B7</td>", html, StringComparison.Ordinal);
        Assert.Contains("<p><strong>B7</strong> (Ofsted recommendations 2017)</p><p>Ensure that <em>return home interviews</em> are offered to every child.</p>", html, StringComparison.Ordinal);
        Assert.Contains("return home interviews", Security.HostilePlan.AllParts(docx), StringComparison.Ordinal);
    }

    [Fact]
    public void A_dangling_citation_is_an_error_at_its_position_naming_the_nearest_ref()
    {
        var loaded = Load(Citing(reference: "B70"));

        var error = Assert.Single(loaded.Diagnostics);
        Assert.Equal(Codes.CitedRefMissing, error.Code);
        Assert.Equal((17, 53), (error.Position.Line, error.Position.Column));
        Assert.Equal("`ofsted.yaml` has no recommendation `B70`; did you mean `B7`? Its recommendations: B6, B7", error.Message);
    }

    [Theory]
    [InlineData("missing.yaml", "there is no plan file `missing.yaml`")]
    [InlineData("../ofsted.yaml", "named by its relative path")]
    [InlineData("sub/../../ofsted.yaml", "named by its relative path")]
    [InlineData("/etc/passwd.yaml", "named by its relative path")]
    [InlineData("\\\\\\\\server\\\\share\\\\x.yaml", "named by its relative path")]
    [InlineData("https://example.org/x.yaml", "named by its relative path")]
    [InlineData("C:/plans/x.yaml", "named by its relative path")]
    [InlineData("notes.txt", "ending .yaml or .yml")]
    public void A_cited_file_outside_the_folder_or_missing_is_an_error_and_nothing_outside_is_read(string file, string expected)
    {
        var loaded = Load(Citing(file: file));

        var error = Assert.Single(loaded.Diagnostics, d => d.Code is Codes.CitedPlanUnusable or Codes.MissingKey);
        Assert.Equal(17, error.Position.Line);
        if (error.Code == Codes.CitedPlanUnusable)
        {
            Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("", "B7", "17:33 BP103 `file` in cited recommendation is required but empty; it takes text")]
    [InlineData("ofsted.yaml", " ", "17:53 BP103 `ref` in cited recommendation is required but empty; it takes text")]
    public void A_citation_with_its_file_or_ref_left_empty_is_one_error_saying_it_is_required(string file, string reference, string expected)
    {
        var errors = Load(Citing(file: file, reference: reference)).Diagnostics.Select(d => $"{d.Position.Line}:{d.Position.Column} {d.Code} {d.Message}");

        Assert.Equal([expected], errors);
    }

    [Fact]
    public void A_link_out_of_the_folder_is_refused_after_it_is_followed()
    {
        var outside = Directory.CreateTempSubdirectory("boardpapers-outside-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(outside, "secret.yaml"), Ofsted);
            File.CreateSymbolicLink(Path.Combine(folder, "linked.yaml"), Path.Combine(outside, "secret.yaml"));

            var error = Assert.Single(Load(Citing(file: "linked.yaml")).Diagnostics);

            Assert.Equal(Codes.CitedPlanUnusable, error.Code);
            Assert.Contains("leads outside this plan's folder", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Fact]
    public void A_broken_cited_plan_is_reported_without_its_errors_leaking_into_this_plan()
    {
        File.WriteAllText(Path.Combine(folder, "broken.yaml"), "format: 1\nplan: { title: x }\nthemes: [ { ref: 1, title: [oops] } ]\n");

        var error = Assert.Single(Load(Citing(file: "broken.yaml")).Diagnostics);

        Assert.Equal(Codes.CitedPlanUnusable, error.Code);
        Assert.Equal("the cited plan `broken.yaml` has errors; run `boardpapers check` on it and fix them first", error.Message);
    }

    [Fact]
    public void Two_plans_citing_each_other_both_resolve()
    {
        File.WriteAllText(Path.Combine(folder, "other.yaml"), Citing(file: "plan.yaml", reference: "R1").Replace("actions:", "recommendations:\n      - { ref: R2, text: Other }\n    actions:", StringComparison.Ordinal));
        var yaml = Citing(file: "other.yaml", reference: "R2").Replace("actions:", "recommendations:\n      - { ref: R1, text: Mine }\n    actions:", StringComparison.Ordinal);

        var loaded = Load(yaml);

        Assert.Empty(loaded.Diagnostics);
        Assert.Equal("Other", Assert.Single(loaded.Plan!.Cited).Text);
    }

    [Fact]
    public void A_citation_in_a_format_1_plan_is_refused_and_one_read_from_text_is_a_warning()
    {
        var format1 = Load(Citing(format: 1));
        Assert.Contains(format1.Diagnostics, d => d.Code == Codes.NewerFormatKey && d.Message.Contains("`file` is new in format 2", StringComparison.Ordinal));

        var text = new PlanLoader().LoadText(Citing(), "posted.yaml");
        var warning = Assert.Single(text.Diagnostics);
        Assert.Equal((Severity.Warning, Codes.CitationNotChecked, 17), (warning.Severity, warning.Code, warning.Position.Line));
    }

    [Theory]
    [InlineData("ofsted.yml")]
    [InlineData("OFSTED.YAML")]
    [InlineData("inspections/2017/ofsted.yaml")]
    public void A_plan_in_a_folder_below_or_ending_yml_in_any_case_is_cited(string file)
    {
        var path = Path.Combine(folder, file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Ofsted);

        var loaded = Load(Citing(file: file));

        Assert.Empty(loaded.Diagnostics);
        Assert.Equal((file, "B7"), (Assert.Single(loaded.Plan!.Cited).File, loaded.Plan!.Cited[0].Ref));
    }

    [Fact]
    public void The_same_recommendation_cited_by_two_actions_is_printed_once_among_the_cited()
    {
        var yaml = Citing().Replace("    actions:", "    actions:\n      - { ref: \"1.0\", text: Earlier, lead: Director, sources: [{ file: ofsted.yaml, ref: B7 }, { file: ofsted.yaml, ref: B6 }] }", StringComparison.Ordinal);

        var loaded = Load(yaml);

        Assert.Empty(loaded.Diagnostics);
        Assert.Equal(["ofsted.yaml B7", "ofsted.yaml B6"], loaded.Plan!.Cited.Select(c => $"{c.File} {c.Ref}"));
    }

    [Fact]
    public void A_cited_plan_without_recommendations_says_so_and_a_long_list_is_cut_at_twenty()
    {
        File.WriteAllText(Path.Combine(folder, "empty.yaml"), "format: 1\nplan: { title: Empty }\nthemes:\n  - { ref: A, title: Nothing yet }\n");
        var many = string.Concat(Enumerable.Range(1, 21).Select(i => $"\n      - {{ ref: C{i}, text: Recommendation {i} }}"));
        File.WriteAllText(Path.Combine(folder, "many.yaml"), $"format: 1\nplan: {{ title: Many }}\nthemes:\n  - ref: A\n    title: All\n    recommendations:{many}\n");

        var none = Assert.Single(Load(Citing(file: "empty.yaml", reference: "B7")).Diagnostics);
        var cut = Assert.Single(Load(Citing(file: "many.yaml", reference: "X99")).Diagnostics);

        Assert.Equal("`empty.yaml` has no recommendation `B7`. It has no recommendations.", none.Message);
        Assert.Equal(
            "`many.yaml` has no recommendation `X99`. Its recommendations: " + string.Join(", ", Enumerable.Range(1, 20).Select(i => $"C{i}")) + ", ...",
            cut.Message);
    }

    [Fact]
    public void A_cited_plan_of_exactly_twenty_recommendations_lists_them_all_without_a_cut()
    {
        var twenty = string.Concat(Enumerable.Range(1, 20).Select(i => $"\n      - {{ ref: C{i}, text: Recommendation {i} }}"));
        File.WriteAllText(Path.Combine(folder, "twenty.yaml"), $"format: 1\nplan: {{ title: Twenty }}\nthemes:\n  - ref: A\n    title: All\n    recommendations:{twenty}\n");

        var error = Assert.Single(Load(Citing(file: "twenty.yaml", reference: "X99")).Diagnostics);

        Assert.Equal("`twenty.yaml` has no recommendation `X99`. Its recommendations: " + string.Join(", ", Enumerable.Range(1, 20).Select(i => $"C{i}")), error.Message);
    }

    [Fact]
    public void At_most_thirty_two_plans_are_read_the_next_is_refused_by_name_and_one_already_read_is_still_cited()
    {
        for (var i = 1; i <= CitationResolver.MaxCitedPlans + 1; i++)
        {
            File.WriteAllText(Path.Combine(folder, $"plan{i:00}.yaml"), Ofsted);
        }

        var cites = string.Join(", ", Enumerable.Range(1, CitationResolver.MaxCitedPlans + 1).Select(i => $"{{ file: plan{i:00}.yaml, ref: B7 }}"));
        // After the limit, a plan already read may still be cited (another of its recommendations).
        var yaml = Citing().Replace("sources: [OF17, { file: \"ofsted.yaml\", ref: \"B7\" }]", $"sources: [{cites}, {{ file: plan01.yaml, ref: B6 }}]", StringComparison.Ordinal);

        var loaded = Load(yaml);

        var error = Assert.Single(loaded.Diagnostics);
        Assert.Equal((Codes.CitedPlanUnusable, "a plan may cite at most 32 other plan files; `plan33.yaml` would be one more"), (error.Code, error.Message));
        Assert.Equal(CitationResolver.MaxCitedPlans + 1, loaded.Plan!.Cited.Count);
        Assert.Contains(loaded.Plan.Cited, c => c.File == "plan01.yaml" && c.Ref == "B6");
    }

    [Fact]
    public void A_plan_read_from_text_says_each_citation_was_not_checked_and_why()
    {
        var warning = Assert.Single(new PlanLoader().LoadText(Citing(), "plan.yaml").Diagnostics);

        Assert.Equal(
            (Severity.Warning, Codes.CitationNotChecked, 17, "`ofsted.yaml` recommendation `B7` was not checked: this plan was not read from a folder, so the plans it cites cannot be read; check the plan as a file"),
            (warning.Severity, warning.Code, warning.Position.Line, warning.Message));
    }
}
