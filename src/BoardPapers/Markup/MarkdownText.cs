using BoardPapers.Base;
using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BoardPapers.Markup;

/// <summary>
/// The one Markdown pipeline: check reads a field or document with it and reports what it finds at its
/// line and column; rendering prints the same tree as board HTML. Raw HTML prints as text; links and
/// images follow <see cref="LinkPolicy"/>; in fields, headings print as paragraphs; rules print nothing;
/// fenced and indented code print as monospace lines; pipe tables are tables. Never
/// throws for what a user wrote.
/// </summary>
public static partial class MarkdownText
{
    private static readonly MarkdownLimits Limits = MarkdownLimits.Default;

    private static readonly MarkdownPipeline Pipeline = BuildPipeline();

    /// <summary>Reads <paramref name="text"/> and finds its problems; never throws. A document's HTML comments (authors' notes) are left out.</summary>
    public static MarkdownRead Read(string? text, MarkdownKind kind)
    {
        text = kind == MarkdownKind.Document ? Comments().Replace(text ?? "", "") : text ?? "";
        var limit = kind == MarkdownKind.Field ? Limits.MaxFieldChars : Limits.MaxDocumentChars;
        if (text.Length > limit)
        {
            return Refused(kind, Codes.MarkdownTooLarge,
                $"this text is {text.Length:N0} characters, over the limit of {limit:N0} for {(kind == MarkdownKind.Field ? "one field" : "one document")}; shorten it or move the detail into a report or appendix");
        }

        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(text, Pipeline);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or IndexOutOfRangeException)
        {
            // Markdig stops at its nesting limit with an exception that carries no position.
            return Refused(kind, Codes.MarkdownTooDeep,
                $"this text nests lists, emphasis or brackets more than {Limits.ParserNestingDepth} levels deep, which no paper can print; flatten it");
        }

        return new MarkdownRead(document, kind, Problems(document));
    }

    /// <summary>The images the link policy allows in a piece of Markdown, with alt text: each file it names, where (line, column in the text).</summary>
    public static IEnumerable<(string Source, int Line, int Column)> Images(MarkdownRead read) =>
        read.Document is null
            ? []
            : read.Document.Descendants<LinkInline>()
                .Where(i => i.IsImage && LinkPolicy.AllowsImage(i.Url) && !string.IsNullOrWhiteSpace(PlainText(i)))
                .Select(i => (i.Url!, i.Line, i.Column));

    /// <summary>
    /// Board HTML for what <see cref="Read"/> returned (nothing when it could not be read). For a field
    /// printed as a section under a heading of level <paramref name="under"/> (1 to 3), its headings become
    /// headings below that one; in a table cell (0) they print as paragraphs.
    /// </summary>
    public static string ToHtml(MarkdownRead read, int under = 0)
    {
        if (read.Document is null)
        {
            return "";
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.ObjectRenderers.Replace<HeadingRenderer>(new PaperHeadingRenderer(read.Kind, under));
        renderer.ObjectRenderers.Replace<ThematicBreakRenderer>(new RuleRenderer());
        renderer.ObjectRenderers.Replace<CodeBlockRenderer>(new CodeLinesRenderer());
        renderer.ObjectRenderers.Replace<LinkInlineRenderer>(new SafeLinkRenderer());
        renderer.ObjectRenderers.Replace<AutolinkInlineRenderer>(new SafeAutolinkRenderer());
        renderer.ObjectRenderers.Replace<Markdig.Extensions.Tables.HtmlTableRenderer>(new PaperTableRenderer());
        renderer.Render(read.Document);
        writer.Flush();
        return writer.ToString().Trim();
    }

    private static MarkdownPipeline BuildPipeline()
    {
        var builder = new MarkdownPipelineBuilder
        {
            PreciseSourceLocation = true,
            MaximumNestingDepth = Limits.ParserNestingDepth,
        }.DisableHtml().UsePipeTables(new Markdig.Extensions.Tables.PipeTableOptions { RequireHeaderSeparator = true }).UseGridTables();

        // Quotes have no place on paper. Indentation is kept as written: text indented four spaces past the
        // field's own indentation is code, printed in monospace with its line breaks, as CommonMark reads it
        // (YAML removes the block's own indentation first, so an officer's ordinary paragraphs are not code).
        builder.BlockParsers.TryRemove<QuoteBlockParser>();
        return builder.Build();
    }

    private static List<MarkdownProblem> Problems(MarkdownDocument document)
    {
        var problems = new List<MarkdownProblem>();
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case Markdig.Extensions.Tables.Table table when table.ColumnDefinitions.Count > Limits.MaxTableColumns:
                    problems.Add(new(table.Line, table.Column, Severity.Error, Codes.MarkdownTooWide,
                        $"this table has {table.ColumnDefinitions.Count} columns, more than a page can print legibly ({Limits.MaxTableColumns}); split it into narrower tables, or put the figures in an annex"));
                    return problems;
                case Markdig.Extensions.Tables.Table table when table.Count > Limits.MaxTableRows + 1:
                    problems.Add(new(table.Line, table.Column, Severity.Error, Codes.MarkdownTooWide,
                        $"this table has {table.Count - 1:N0} rows, more than a paper prints in one table ({Limits.MaxTableRows:N0}); put the figures in an annex or a spreadsheet, or split the table"));
                    return problems;
                case ListBlock list when Depth<ListBlock>(list) > Limits.MaxListDepth:
                    problems.Add(new(list.Line, list.Column, Severity.Error, Codes.MarkdownTooDeep,
                        $"lists nest more than {Limits.MaxListDepth} levels deep here, more than Word can number; flatten the list"));
                    return problems;
                case ContainerInline inline when inline.Parent is not null && Depth<ContainerInline>(inline) > Limits.MaxInlineDepth:
                    problems.Add(new(inline.Line, inline.Column, Severity.Error, Codes.MarkdownTooDeep,
                        $"emphasis and links nest more than {Limits.MaxInlineDepth} levels deep here; remove the extra * _ [ markers"));
                    return problems;
                case LinkInline { IsImage: true } image:
                    if (LinkPolicy.ImageProblem(image.Url) is { } imageProblem)
                    {
                        problems.Add(new(image.Line, image.Column, Severity.Error, Codes.ImageNotAllowed, imageProblem));
                    }
                    else if (string.IsNullOrWhiteSpace(PlainText(image)))
                    {
                        problems.Add(new(image.Line, image.Column, Severity.Error, Codes.ImageNotAllowed,
                            "an image needs alt text saying what it shows, between the brackets: ![Map of the wards](wards.png)"));
                    }

                    break;
                case LinkInline link when LinkPolicy.LinkProblem(link.Url) is { } linkProblem:
                    problems.Add(new(link.Line, link.Column, Severity.Warning, Codes.LinkNotAllowed, $"{linkProblem}; the link prints as plain text"));
                    break;
                case AutolinkInline { IsEmail: false } autolink when LinkPolicy.LinkProblem(autolink.Url) is { } autolinkProblem:
                    problems.Add(new(autolink.Line, autolink.Column, Severity.Warning, Codes.LinkNotAllowed, $"{autolinkProblem}; the address prints as plain text"));
                    break;
            }
        }

        return problems;
    }

    private static int Depth<T>(MarkdownObject node)
        where T : MarkdownObject
    {
        var depth = 0;
        for (var at = node; at is not null; at = Parent(at))
        {
            if (at is T)
            {
                depth++;
            }
        }

        return depth;
    }

    private static MarkdownObject? Parent(MarkdownObject node) => node switch
    {
        Block block => block.Parent,
        Inline inline => inline.Parent,
        _ => null,
    };

    /// <summary>
    /// A field's Markdown as plain words, its marks left out ("**September Guarantee** Monitor" reads "September
    /// Guarantee Monitor"): a row's title where a reader sees it as a heading. Text over the field limit, or
    /// that cannot be read, comes back as it is.
    /// </summary>
    public static string ToPlainText(string? text)
    {
        // Most titles hold no Markdown mark at all: they need no parsing.
        if (string.IsNullOrEmpty(text) || text.Length > Limits.MaxFieldChars || text.AsSpan().IndexOfAny(MarkdownMarks) < 0)
        {
            return text ?? "";
        }

        try
        {
            var words = new System.Text.StringBuilder();
            foreach (var node in Markdig.Markdown.Parse(text, Pipeline).Descendants())
            {
                switch (node)
                {
                    case LiteralInline literal:
                        words.Append(literal.Content);
                        break;
                    case CodeInline code:
                        words.Append(code.Content);
                        break;
                    case LineBreakInline or LeafBlock:
                        words.Append(' ');
                        break;
                }
            }

            return string.Join(' ', words.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or IndexOutOfRangeException)
        {
            return text;
        }
    }

    /// <summary>The characters a Markdown mark can start with.</summary>
    private static readonly System.Buffers.SearchValues<char> MarkdownMarks = System.Buffers.SearchValues.Create("*_`[]<>!\\&#~|");

    private static string PlainText(ContainerInline container) =>
        string.Concat(container.Descendants<LiteralInline>().Select(l => l.Content.ToString()));

    // Authors' notes in a document (HTML comments) are not printed.
    [System.Text.RegularExpressions.GeneratedRegex("<!--.*?-->\\n?", System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex Comments();

    private static MarkdownRead Refused(MarkdownKind kind, string code, string message) =>
        new(null, kind, [new MarkdownProblem(0, 0, Severity.Error, code, message)]);
}
