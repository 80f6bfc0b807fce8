using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace BoardPapers.Load;

/// <summary>A parser whose every event the pre-scanner takes in as a loader reads it; it stops the loader where the pre-scanner says reading must stop.</summary>
internal sealed class WatchedParser(IParser inner, YamlPreScanner scanner) : IParser
{
    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        return scanner.Take(inner.Current!) ? true : throw new YamlReadingStopped();
    }
}
