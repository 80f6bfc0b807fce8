using BoardPapers.Base;

namespace BoardPapers.Model;

/// <summary>One column of a rendered table: which field (or "status:LEGEND"), its heading, and its width in percent.</summary>
public sealed record TableColumn(string Field, string Heading, int? Width, SourcePosition Position);
