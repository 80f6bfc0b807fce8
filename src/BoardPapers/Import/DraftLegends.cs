using BoardPapers.Base;

namespace BoardPapers.Import;

/// <summary>The legends found in status columns: per column, its words as values, coloured by the cells' shading.</summary>
internal sealed class DraftLegends
{
    private readonly Dictionary<string, (string Title, List<(string Key, string Label, string? Colour)> Values)> legends = new(StringComparer.Ordinal);

    public int Count => legends.Count;

    /// <summary>Whether a legend has any values: a status column whose cells were all empty has none, and is printed as notes.</summary>
    public bool Has(string? key) => key is not null && legends.ContainsKey(key);

    /// <summary>The value a status cell holds: its word, or the colour its shading is nearest; null for an empty cell.</summary>
    public string? Value(ImportColumn column, ImportedCell cell)
    {
        var word = cell.Text.Trim();
        if (word.Length > 30)
        {
            return null;
        }

        if (word.Length == 0)
        {
            if (cell.Fill is null or "FFFFFF")
            {
                return null;
            }

            word = Nearest(cell.Fill);
        }

        if (!legends.TryGetValue(column.Legend!, out var legend))
        {
            legends[column.Legend!] = legend = (column.Heading.Length > 0 ? column.Heading : "Status", []);
        }

        var key = Slug.Of(word) is { Length: > 0 } slug && char.IsAsciiLetter(slug[0]) ? slug : "v-" + Slug.Of(word);
        if (!legend.Values.Any(v => v.Key == key))
        {
            legend.Values.Add((key, word, cell.Fill ?? (ImportedColumns.ColourWords.TryGetValue(word, out var named) ? named : null)));
        }

        return key;
    }

    /// <summary>The colour word whose colour is nearest a fill: a shaded cell with no word in it.</summary>
    private static string Nearest(string fill)
    {
        static (int R, int G, int B) Rgb(string hex) => (Convert.ToInt32(hex[..2], 16), Convert.ToInt32(hex[2..4], 16), Convert.ToInt32(hex[4..], 16));
        var (r, g, b) = Rgb(fill);
        var word = ImportedColumns.ColourWords.Where(w => w.Key != "gray").MinBy(w =>
        {
            var (r2, g2, b2) = Rgb(w.Value);
            return ((r - r2) * (r - r2)) + ((g - g2) * (g - g2)) + ((b - b2) * (b - b2));
        }).Key;
        return char.ToUpperInvariant(word[0]) + word[1..];
    }

    public void Write(DraftYaml yaml)
    {
        if (legends.Count == 0)
        {
            return;
        }

        yaml.Line("legends:");
        foreach (var (key, (title, values)) in legends)
        {
            yaml.Line($"  - key: {key}");
            yaml.Field(2, "title", title);
            yaml.Line("    values:  # the words found in the column, coloured as their cells were shaded");
            foreach (var (value, label, colour) in values)
            {
                yaml.Line($"      - {{ key: {value}, label: {YamlScalars.Of(label, flow: true)}{(colour is null ? "" : $", colour: \"#{colour}\"")} }}");
            }
        }
    }
}
