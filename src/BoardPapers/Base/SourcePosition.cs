namespace BoardPapers.Base;

/// <summary>Where a value was written: file, 1-based line and column.</summary>
public readonly record struct SourcePosition(string File, int Line, int Column) : IComparable<SourcePosition>
{
    /// <summary>Orders positions by file, then line, then column.</summary>
    public int CompareTo(SourcePosition other)
    {
        var byFile = string.CompareOrdinal(File, other.File);
        if (byFile != 0)
        {
            return byFile;
        }

        return Line != other.Line ? Line.CompareTo(other.Line) : Column.CompareTo(other.Column);
    }

    /// <summary>Whether a position comes before another.</summary>
    public static bool operator <(SourcePosition left, SourcePosition right) => left.CompareTo(right) < 0;

    /// <summary>Whether a position comes after another.</summary>
    public static bool operator >(SourcePosition left, SourcePosition right) => left.CompareTo(right) > 0;

    /// <summary>Whether a position comes before another or is the same.</summary>
    public static bool operator <=(SourcePosition left, SourcePosition right) => left.CompareTo(right) <= 0;

    /// <summary>Whether a position comes after another or is the same.</summary>
    public static bool operator >=(SourcePosition left, SourcePosition right) => left.CompareTo(right) >= 0;

    /// <summary>file:line:col, as editors and terminals link it.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}";
}
