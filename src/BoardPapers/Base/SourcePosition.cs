namespace BoardPapers.Base;

/// <summary>Where a value was written: file, 1-based line and column.</summary>
public readonly record struct SourcePosition(string File, int Line, int Column) : IComparable<SourcePosition>
{
    public int CompareTo(SourcePosition other)
    {
        var byFile = string.CompareOrdinal(File, other.File);
        if (byFile != 0)
        {
            return byFile;
        }

        return Line != other.Line ? Line.CompareTo(other.Line) : Column.CompareTo(other.Column);
    }

    public static bool operator <(SourcePosition left, SourcePosition right) => left.CompareTo(right) < 0;

    public static bool operator >(SourcePosition left, SourcePosition right) => left.CompareTo(right) > 0;

    public static bool operator <=(SourcePosition left, SourcePosition right) => left.CompareTo(right) <= 0;

    public static bool operator >=(SourcePosition left, SourcePosition right) => left.CompareTo(right) >= 0;

    public override string ToString() => $"{File}:{Line}:{Column}";
}
