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
    /// <summary>A place in a spreadsheet, named as people name cells: "leads.xlsx:Updates!C12" (no line or column).</summary>
    public static SourcePosition InWorkbook(string file, string sheet, string cell) => new($"{file}:{sheet}!{cell}", 0, 0);

    /// <summary>"file:line:col"; a cell in a workbook, which has no lines, as "file:SHEET!CELL".</summary>
    public override string ToString() => Line == 0 ? File : $"{File}:{Line}:{Column}";
}
