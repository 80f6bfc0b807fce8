namespace BoardPapers.Writers.Docx;

/// <summary>What a Word section is: its orientation and its running header text.</summary>
internal readonly record struct SectionState(bool Landscape, string? Header);
