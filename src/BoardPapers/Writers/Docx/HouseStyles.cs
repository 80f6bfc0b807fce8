namespace BoardPapers.Writers.Docx;

/// <summary>
/// The style names (display names, as Word lists them) the Word writer asks for. A house reference document
/// that defines any of them restyles everything written with it; the ones it lacks are added from ours.
/// docs/house-style.md lists them for the people who make house documents.
/// </summary>
public static class HouseStyles
{
    /// <summary>Body text.</summary>
    public const string Normal = "Normal";

    /// <summary>The character style of links.</summary>
    public const string Hyperlink = "Hyperlink";

    /// <summary>The character style of a printed agenda's links to its items (board HTML's a.agenda-link): plain text by default, as agendas print their subjects.</summary>
    public const string AgendaLink = "Agenda Link";

    /// <summary>The character style of code (board HTML's &lt;code&gt;).</summary>
    public const string Code = "HTML Code";

    /// <summary>Text in table cells.</summary>
    public const string TableText = "Table Text";

    /// <summary>A bulleted list in a table cell: the cell's text size, so a row has one body size.</summary>
    public const string TableListBullet = "Table List Bullet";

    /// <summary>A numbered list in a table cell.</summary>
    public const string TableListNumber = "Table List Number";

    /// <summary>The text of a pack's filler page ("This page is intentionally left blank"), centred on the page.</summary>
    public const string BlankPage = "Blank Page";

    /// <summary>Text in a table's header rows; its paragraph shading shades the header cells.</summary>
    public const string TableHeading = "Table Heading";

    /// <summary>Text in a group row (a theme or recommendation heading across the table); its shading shades the row.</summary>
    public const string TableGroup = "Table Group";

    /// <summary>A cover's title (board HTML's h1 in a div.cover), set down the page; based on Heading 1, so it is the paper's first heading.</summary>
    public const string CoverTitle = "Cover Title";

    /// <summary>A cover's lines under its title: the organisation, owner, version and date.</summary>
    public const string Subtitle = "Subtitle";

    /// <summary>An entry of a contents list (Word's own "toc 1"): its title, a dotted leader and its page number.</summary>
    public const string Contents = "toc 1";

    /// <summary>The table style of every table: borders and cell margins.</summary>
    public const string TableGrid = "Table Grid";

    /// <summary>Every style name the writer may ask for, for documentation and tests.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        Normal, "Title", CoverTitle, Subtitle, "Heading 1", "Heading 2", "Heading 3", "Heading 4", "List Bullet", "List Number", "Caption",
        TableText, TableListBullet, TableListNumber, TableHeading, TableGroup, TableGrid, "Note", BlankPage, "Draft Banner", "Header", "Footer", Hyperlink, AgendaLink, Code, Contents,
    ];
}
