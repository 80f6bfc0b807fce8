namespace BoardPapers.Packs;

/// <summary>A part of the agenda not open to the public, as the exempt-information item lists it.</summary>
public sealed record ExemptPart(int Item, string What, string Paragraph, string? Reason);
