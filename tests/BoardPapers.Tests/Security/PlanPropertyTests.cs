using System.Globalization;
using System.Text;
using BoardPapers.Validate;
using CsCheck;

namespace BoardPapers.Tests.Security;

/// <summary>
/// Issue 13: a property over generated plans. Arbitrary UTF-16 text (controls, lone surrogates,
/// non-characters) mixed with Markdown syntax and deep nesting, in an action's progress and the plan's
/// title: loading never throws, every problem is inside the file, and when check passes, render succeeds
/// for HTML and for Word that OpenXmlValidator accepts.
/// </summary>
public sealed class PlanPropertyTests
{
    private static readonly Gen<string> Piece = Gen.OneOf(
        Gen.String[Gen.Char, 0, 12],
        Gen.String[Gen.Char["*_[]()<>!`#-+=.1 \n\t\\&;:/|~"], 0, 24],
        Gen.Int[0, 80].Select(n => string.Concat(Enumerable.Repeat("- ", n)) + "item"),
        Gen.Int[0, 30].Select(n => string.Join('\n', Enumerable.Range(0, n).Select(i => new string(' ', i * 2) + "1. level"))),
        Gen.Int[0, 400].Select(n => new string('*', n) + "x" + new string('_', n)),
        Gen.Int[0, 60].Select(n => new string('[', n) + "x" + string.Concat(Enumerable.Repeat("](https://a.example/)", n))),
        Gen.OneOf<string>(
            "[a](JaVaScRiPt:alert(1))", "<vbscript:x>", "![map](http://e.example/p.png)", "![](a.png)", "![Map](a.png \"t\")",
            "[r][x]\n\n[x]: data:text/html,<b>", "[r](https://../)", "<made-up://a,b>", "Title\n---", "***", "```html\n<b>x</b>\n```",
            "<script>alert(1)</script>", "&#0;&#xD800;&amp;", "\u202Eevil\u202C", "a\u0000b", "\uFFFE\uFFFF\uD800"));

    private static readonly Gen<string> Text = Piece.Array[1, 6].Select(string.Concat);

    [Fact]
    public void Check_passing_means_render_succeeds_and_nothing_ever_throws()
    {
        Gen.Select(Text, Text).Sample((progress, title) =>
        {
            var yaml = HostilePlan.Yaml(Quoted(title.Length > 60 ? title[..60] : title), Quoted(progress));

            var loaded = new PlanLoader().LoadText(yaml, "plan.yaml");

            HostilePlan.AssertPositioned(yaml, loaded.Diagnostics);
            if (!loaded.HasErrors)
            {
                HostilePlan.Render(loaded);
            }
        }, iter: 300);
    }

    /// <summary>A YAML double-quoted scalar that carries any UTF-16 text, controls and surrogates as escapes.</summary>
    private static string Quoted(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when c < ' ' || c is >= '\u007F' and <= '\u009F' || char.IsSurrogate(c) || c >= '\uFFFE' => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }
}
