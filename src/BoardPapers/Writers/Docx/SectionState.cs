namespace BoardPapers.Writers.Docx;

/// <summary>
/// What a Word section is: its orientation, its running header text, the stamp printed at the top right
/// of its pages ("Agenda Item 7"), the marking above everything ("Not for publication") and the format
/// of its page numbers, and the DRAFT banner of a draft plan it carries (a pack's appendix). Nested sections
/// inherit all but the orientation and header from the section around them.
/// </summary>
internal readonly record struct SectionState(bool Landscape, string? Header, string? Stamp = null, string? Marking = null, string? PageNumbers = null, string? Draft = null);
