using System.Text;

namespace BoardPapers.Base;

/// <summary>
/// Text holding explicit direction controls (U+202E, right-to-left override, and the like) kept to itself:
/// its embeddings and overrides are closed where it ends, and the whole is wrapped in a first-strong isolate,
/// so "‮txt.exe" in a title can never reverse the words printed after it, in HTML or Word.
/// </summary>
public static class BidiText
{
    private const char FirstStrongIsolate = '\u2068';
    private const char PopIsolate = '\u2069';
    private const char PopFormatting = '\u202C';

    /// <summary>Whether the text holds a direction control (an embedding, override or isolate, or a pop).</summary>
    public static bool HasControls(string text) => text.AsSpan().IndexOfAnyInRange('\u202A', '\u202E') >= 0 || text.AsSpan().IndexOfAnyInRange('\u2066', '\u2069') >= 0;

    /// <summary>The text isolated from what surrounds it; text without direction controls is returned as it is.</summary>
    public static string Isolated(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!HasControls(text))
        {
            return text;
        }

        // What is open at the end: embeddings and overrides close with PDF, isolates with PDI (which also closes
        // the embeddings opened inside the isolate), as the Unicode bidi algorithm pairs them.
        var open = new Stack<char>();
        foreach (var c in text)
        {
            switch (c)
            {
                case >= '\u202A' and <= '\u202E' and not PopFormatting:
                    open.Push(PopFormatting);
                    break;
                case PopFormatting when open.Count > 0 && open.Peek() == PopFormatting:
                    open.Pop();
                    break;
                case >= '\u2066' and <= '\u2068':
                    open.Push(PopIsolate);
                    break;
                case PopIsolate when open.Contains(PopIsolate):
                    while (open.Pop() != PopIsolate)
                    {
                    }

                    break;
            }
        }

        var isolated = new StringBuilder(text.Length + open.Count + 2).Append(FirstStrongIsolate).Append(text);
        while (open.Count > 0)
        {
            isolated.Append(open.Pop());
        }

        return isolated.Append(PopIsolate).ToString();
    }
}
