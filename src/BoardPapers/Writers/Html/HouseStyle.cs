namespace BoardPapers.Writers.Html;

/// <summary>The house CSS for screen and print. Arial 11pt, as council papers are set.</summary>
internal static class HouseStyle
{
    public const string Css = """
        body { font-family: Arial, Helvetica, sans-serif; font-size: 11pt; line-height: 1.35; color: #111; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; }
        h1 { font-size: 16pt; margin: 0 0 .5rem; }
        h2 { font-size: 14pt; margin: 1.5rem 0 .5rem; }
        h3 { font-size: 12pt; margin: 1.2rem 0 .4rem; }
        h4 { font-size: 11pt; margin: 1rem 0 .3rem; }
        p.subtitle { color: #333; margin-top: 0; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; table-layout: fixed; }
        caption { text-align: left; font-weight: bold; padding: .25rem 0; }
        th, td { border: 1px solid #555; padding: .25rem .4rem; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
        thead th, thead td { background: #D9D9D9; }
        tr.group th { background: #EDEDED; }
        td p:first-child, th p:first-child { margin-top: 0; }
        td p:last-child, th p:last-child { margin-bottom: 0; }
        td ul, td ol { margin: .2rem 0; padding-left: 1.2rem; }
        td.status { font-weight: bold; }
        div.note { font-size: 10pt; border-left: 3px solid #999; padding-left: .5rem; }
        p.draft-banner { font-weight: bold; color: #9C0006; text-align: center; letter-spacing: .1em; border: 2px solid #9C0006; padding: .25rem; }
        div.page-break { break-after: page; }
        p.stamp { text-align: right; font-weight: bold; }
        p.marking { font-weight: bold; color: #9C0006; border: 2px solid #9C0006; padding: .25rem; }
        p.pack-nav { margin: 1rem 0; }
        @page { size: A4 portrait; margin: 2cm; }
        @page landscape { size: A4 landscape; margin: 2cm; }
        @media print {
          body { margin: 0; max-width: none; }
          section[data-orientation="landscape"] { page: landscape; }
          thead { display: table-header-group; }
          tr { break-inside: avoid; }
          h1, h2, h3, h4 { break-after: avoid; }
          p.draft-banner { position: running(banner); }
        }

        """;

    /// <summary>Pictures never wider than their column or the screen, their proportions kept.</summary>
    public const string PictureCss = """
        img { max-width: 100%; height: auto; }

        """;

    /// <summary>A chart: its caption, then the picture no wider than the screen, then its table.</summary>
    public const string ChartCss = """
        figure.chart { margin: 1rem 0 1.5rem; }
        figure.chart figcaption { font-weight: bold; margin-bottom: .5rem; }
        figure.chart svg { display: block; max-width: 100%; height: auto; margin-bottom: .5rem; }
        figure.chart td { text-align: right; }
        @media print { figure.chart svg { break-inside: avoid; } }

        """;
}
