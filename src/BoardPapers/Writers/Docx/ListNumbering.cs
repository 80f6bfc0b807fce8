using DocumentFormat.OpenXml.Wordprocessing;

namespace BoardPapers.Writers.Docx;

/// <summary>
/// Real Word numbering: one abstract definition for bullets and one for numbers (nine levels each), and a
/// numbering instance per top-level list, so that every numbered list starts again at 1.
/// </summary>
internal sealed class ListNumbering
{
    private const int BulletAbstract = 1;
    private const int DecimalAbstract = 2;
    private readonly List<NumberingInstance> instances = [];

    public int NewList(bool ordered)
    {
        var id = instances.Count + 1;
        var instance = new NumberingInstance(new AbstractNumId { Val = ordered ? DecimalAbstract : BulletAbstract }) { NumberID = id };
        if (ordered)
        {
            instance.Append(new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 });
        }

        instances.Add(instance);
        return id;
    }

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
        string[] bullets = ["•", "◦", "▪"];
        NumberFormatValues[] formats = [NumberFormatValues.Decimal, NumberFormatValues.LowerLetter, NumberFormatValues.LowerRoman];
        for (var level = 0; level < 9; level++)
        {
            var indent = 360 * (level + 1);
            abstractNum.Append(new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = ordered ? formats[level % 3] : NumberFormatValues.Bullet },
                new LevelText { Val = ordered ? $"%{level + 1}." : bullets[level % 3] },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = indent.ToString(System.Globalization.CultureInfo.InvariantCulture), Hanging = "360" }))
            {
                LevelIndex = level,
            });
        }

        return abstractNum;
    }
}
