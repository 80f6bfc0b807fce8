using BoardPapers.Base;

namespace BoardPapers.Model;

/// <summary>
/// A recommendation of another plan file that a row answers (format 2): `sources: [{file, ref}]`.
/// <paramref name="Position"/> is where the file is named, <see cref="RefPosition"/> where the ref is.
/// </summary>
public sealed record Citation(string File, string Ref, SourcePosition Position)
{
    /// <summary>Where the cited ref is written, for a message that it does not exist.</summary>
    public SourcePosition RefPosition { get; init; } = Position;
}
