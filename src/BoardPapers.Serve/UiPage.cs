using BoardPapers.Base;

namespace BoardPapers.Serve;

/// <summary>The service's page shell: en-GB, a title, a skip link, one main landmark, and readable CSS.</summary>
internal static class UiPage
{
    private const string Css = """
        body { font-family: Arial, Helvetica, sans-serif; font-size: 1rem; line-height: 1.4; color: #111; margin: 0 auto; max-width: 72rem; padding: 1rem; }
        a { color: #0b5394; }
        a:focus { outline: 3px solid #ffbf47; }
        table { border-collapse: collapse; width: 100%; }
        th, td { border: 1px solid #555; padding: .3rem .5rem; text-align: left; }
        thead th { background: #e6e6e6; }
        #stale { border-left: 6px solid #b00020; background: #fdecea; padding: .5rem .75rem; }
        label { font-weight: bold; display: block; }
        select, button { font: inherit; margin-top: .25rem; }
        iframe { width: 100%; height: 70vh; border: 1px solid #555; }
        .skip { position: absolute; left: -999px; }
        .skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; }
        """;

    public static string Write(string title, string body) =>
        $"<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{HtmlText.Escape(title)}</title>\n<style>\n{Css}\n</style>\n</head>\n<body>\n<a class=\"skip\" href=\"#main\">Skip to content</a>\n<main id=\"main\" aria-label=\"{HtmlText.Escape(title)}\">\n{body}</main>\n</body>\n</html>\n";
}
