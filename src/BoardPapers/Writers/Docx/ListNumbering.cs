using DocumentFormat.OpenXml.Wordprocessing;

namespace BoardPapers.Writers.Docx;

/// <summary>
/// Real Word numbering: one abstract definition for bullets and one for numbers (nine levels each), and a
/// numbering instance per list, which restarts its own level where the source says (1, or an ol's start)
/// so that no list continues another's numbers; an ol's type (a, A, i, I, 1) overrides the level's format.
/// </summary>
internal sealed class ListNumbering
{
    private const int BulletAbstract = 1;
    private const int DecimalAbstract = 2;
    private readonly List<NumberingInstance> instances = [];

    public int NewList(bool ordered, int level = 0, int start = 1, NumberFormatValues? format = null)
    {
        var id = instances.Count + 1;
        var instance = new NumberingInstance(new AbstractNumId { Val = ordered ? DecimalAbstract : BulletAbstract }) { NumberID = id };
        if (ordered)
        {
            var levelOverride = new LevelOverride(new StartOverrideNumberingValue { Val = start }) { LevelIndex = level };
            if (format is { } own)
            {
                levelOverride.Append(Level(level, ordered: true, own));
            }

            instance.Append(levelOverride);
        }

        instances.Add(instance);
        return id;
    }

    /// <summary>An HTML ol type as a Word number format, or null for none or one not known.</summary>
    public static NumberFormatValues? Format(string? type) => type switch
    {
        "1" => NumberFormatValues.Decimal,
        "a" => NumberFormatValues.LowerLetter,
        "A" => NumberFormatValues.UpperLetter,
        "i" => NumberFormatValues.LowerRoman,
        "I" => NumberFormatValues.UpperRoman,
        _ => null,
    };

    public bool IsEmpty => instances.Count == 0;

    public Numbering Build()
    {
        var numbering = new Numbering();
        numbering.Append(Abstract(BulletAbstract, ordered: false));
        numbering.Append(Abstract(DecimalAbstract, ordered: true));
        foreach (var instance in instances)
        {
            numbering.Append(instance);
        }

        return numbering;
    }

    private static AbstractNum Abstract(int id, bool ordered)
    {
        var abstractNum = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }) { AbstractNumberId = id };
        for (var level = 0; level < 9; level++)
        {
            abstractNum.Append(Level(level, ordered, null));
        }

        return abstractNum;
    }

    private static Level Level(int level, bool ordered, NumberFormatValues? format)
    {
        string[] bullets = ["•", "◦", "▪"];
        NumberFormatValues[] formats = [NumberFormatValues.Decimal, NumberFormatValues.LowerLetter, NumberFormatValues.LowerRoman];
        var indent = 360 * (level + 1);
        return new Level(
            new StartNumberingValue { Val = 1 },
            new NumberingFormat { Val = ordered ? format ?? formats[level % 3] : NumberFormatValues.Bullet },
            new LevelText { Val = ordered ? $"%{level + 1}." : bullets[level % 3] },
            new LevelJustification { Val = LevelJustificationValues.Left },
            new PreviousParagraphProperties(new Indentation { Left = indent.ToString(System.Globalization.CultureInfo.InvariantCulture), Hanging = "360" }))
        {
            LevelIndex = level,
        };
    }
}
