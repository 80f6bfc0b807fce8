using BoardPapers.Base;

namespace BoardPapers.Model;

/// <summary>A notice an item had: the day it was published (in the forward plan, or of taking it in private), and where the meeting file says so.</summary>
public sealed record NoticeGiven(DateOnly Date, SourcePosition Position);
