using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace BoardPapers.Load;

/// <summary>
/// A YAML parser that remembers the last event read, so that an exception YamlDotNet throws without a
/// position (an ArgumentException for `- ? : x`) can still be reported at the line and column it reached.
/// </summary>
internal sealed class TrackingParser(IParser inner) : IParser
{
    /// <summary>Where the last event read starts.</summary>
    public Mark Reached { get; private set; } = new(0, 1, 1);

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        var moved = inner.MoveNext();
        if (inner.Current is { } current)
        {
            Reached = current.Start;
        }

        return moved;
    }
}
