using BoardPapers.Base;

namespace BoardPapers.Model;

/// <summary>Why an item or appendix is not open to the public: the access-to-information paragraph that applies.</summary>
public sealed record Exemption(string Paragraph, string? Reason, SourcePosition Position);
