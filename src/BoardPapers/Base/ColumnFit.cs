namespace BoardPapers.Base;

/// <summary>
/// Table column widths that hold their words. Columns get the share of the width the plan gives them (or,
/// where it gives none, a share by how much text they hold, as a browser lays out a table); a column too
/// narrow for its longest word is widened to hold it, at the expense of the columns with the most room to
/// spare, which are the widest text columns, each giving at most half its width.
/// </summary>
public static class ColumnFit
{
    /// <summary>
    /// Widths in the units of <paramref name="available"/> (twips): <paramref name="percents"/> as given (null
    /// where the plan gives none), <paramref name="minima"/> each column's longest word with its cell margins,
    /// <paramref name="maxima"/> its longest paragraph on one line. The widths add up to <paramref name="available"/>.
    /// </summary>
    public static int[] Widths(IReadOnlyList<int?> percents, IReadOnlyList<int> minima, IReadOnlyList<int> maxima, int available)
    {
        ArgumentNullException.ThrowIfNull(percents);
        ArgumentNullException.ThrowIfNull(minima);
        ArgumentNullException.ThrowIfNull(maxima);
        var columns = percents.Count;
        if (columns == 0)
        {
            return [];
        }

        var widths = percents.All(p => p is null)
            ? Auto(minima, maxima, available)
            : Given(percents, available);
        return Total(Widen(widths, minima, maxima), available);
    }

    /// <summary>The plan's percentages; columns without one share what is left (at least 5% each).</summary>
    public static double[] Given(IReadOnlyList<int?> percents, int available)
    {
        var given = percents.Where(p => p is not null).Sum(p => p!.Value);
        var missing = percents.Count(p => p is null);
        var share = missing == 0 ? 0 : Math.Max(100 - given, missing * 5) / (double)missing;
        var total = percents.Sum(p => p ?? share);
        return total <= 0
            ? [.. percents.Select(_ => available / (double)percents.Count)] // every width 0% (a template's own): equal shares
            : [.. percents.Select(p => available * (p ?? share) / total)];
    }

    /// <summary>A browser's automatic layout: every column its longest line if all fit, else its longest word plus a share of the rest by how much more it wants.</summary>
    private static double[] Auto(IReadOnlyList<int> minima, IReadOnlyList<int> maxima, int available)
    {
        var wants = minima.Zip(maxima, Math.Max).ToArray();
        var sumMin = minima.Sum(m => (double)m);
        var sumMax = wants.Sum(m => (double)m);
        if (sumMax <= 0)
        {
            return [.. minima.Select(_ => available / (double)minima.Count)];
        }

        if (sumMax <= available)
        {
            return [.. wants.Select(w => available * w / sumMax)];
        }

        if (sumMin >= available)
        {
            return [.. minima.Select(m => available * m / sumMin)];
        }

        var spare = (available - sumMin) / (sumMax - sumMin);
        return [.. minima.Select((m, i) => m + ((wants[i] - m) * spare))];
    }

    /// <summary>
    /// Each column at least its minimum. The room comes first from columns wider than anything they hold (free:
    /// no line gets longer), then from the other columns with room to spare, each giving at most half its
    /// width, the more the less text it holds for its width (a column of short cells gives before the column of
    /// long progress notes that sets each row's height). Where that is not enough, the narrow columns get what
    /// there is, in proportion to what they lack, and a word breaks rather than the widest text columns
    /// collapsing into towers of short lines (check warns about such a width).
    /// </summary>
    private static double[] Widen(double[] widths, IReadOnlyList<int> minima, IReadOnlyList<int> maxima)
    {
        var lacking = widths.Select((w, i) => Math.Max(0, minima[i] - w)).ToArray();
        var needed = lacking.Sum();
        if (needed <= 0)
        {
            return widths;
        }

        var result = (double[])widths.Clone();
        var free = widths.Select((w, i) => Math.Max(0, w - Math.Max(minima[i], maxima[i]))).ToArray();
        var spare = widths.Select((w, i) => Math.Max(0, w - Math.Max(minima[i], w / 2) - free[i])).ToArray();

        // How lightly each column is loaded: its width over its longest paragraph.
        var light = widths.Select((w, i) => w / Math.Max(1.0, Math.Max(maxima[i], minima[i]))).ToArray();
        var left = Take(result, free, [.. free.Select(_ => 1.0)], needed);
        left = Take(result, spare, light, left);

        var given = needed - left;
        return [.. result.Select((w, i) => w + (given * lacking[i] / needed))];
    }

    /// <summary>Takes up to <paramref name="needed"/> from the columns' capacities, in proportion to capacity times weight, refilling from the others as columns run dry. Returns what is still needed.</summary>
    private static double Take(double[] widths, double[] capacity, double[] weight, double needed)
    {
        var left = (double[])capacity.Clone();
        for (var round = 0; round < widths.Length && needed > 0.5; round++)
        {
            var shares = left.Select((c, i) => c > 0 ? c * weight[i] : 0).ToArray();
            var total = shares.Sum();
            if (total <= 0)
            {
                break;
            }

            var wanted = needed;
            for (var i = 0; i < widths.Length; i++)
            {
                var taken = Math.Min(left[i], wanted * shares[i] / total);
                widths[i] -= taken;
                left[i] -= taken;
                needed -= taken;
            }
        }

        return Math.Max(0, needed);
    }

    /// <summary>Whole units that add up to exactly the width available, the rounding left to the widest column.</summary>
    private static int[] Total(double[] widths, int available)
    {
        // Columns whose words want more than the width there is are narrowed in proportion, never below a twip:
        // putting the whole excess on the widest column made it negative, which Word refuses.
        var sum = widths.Sum();
        var scale = sum > available && sum > 0 ? available / sum : 1;
        var whole = widths.Select(w => Math.Max(1, (int)Math.Round(w * scale))).ToArray();
        var widest = Array.IndexOf(whole, whole.Max());
        whole[widest] = Math.Max(1, whole[widest] + available - whole.Sum());
        return whole;
    }
}
