namespace BoardPapers.Papers;

/// <summary>Page size and margins in twentieths of a point (A4, 2 cm margins unless a house document says otherwise).</summary>
internal sealed record PageGeometry(int Width, int Height, int Top, int Bottom, int Left, int Right)
{
    public static readonly PageGeometry A4Portrait = new(11906, 16838, 1134, 1134, 1134, 1134);

    public PageGeometry Landscape => Width > Height ? this : new PageGeometry(Height, Width, Left, Right, Top, Bottom);

    public PageGeometry Portrait => Width < Height ? this : new PageGeometry(Height, Width, Left, Right, Top, Bottom);

    public int TextWidth => Width - Left - Right;

    public int TextHeight => Height - Top - Bottom;
}
