namespace BoardPapers.Writers.Pdf;

/// <summary>
/// Pages from <paramref name="FirstPage"/> (0-based, physical) labelled in a numbering style until the next
/// range: what a PDF viewer shows as the page number, matching what the page prints.
/// </summary>
/// <param name="FirstPage">The first page of the range, counted from 0.</param>
/// <param name="Style">PDF's style letter: D decimal, r lower-case roman, R upper-case roman, a or A letters.</param>
/// <param name="Start">The number of its first page.</param>
public sealed record PageLabelRange(int FirstPage, char Style, int Start = 1);
