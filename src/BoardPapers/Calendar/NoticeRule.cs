namespace BoardPapers.Calendar;

/// <summary>
/// How a council counts the notice its meetings need, as data: the clear days an agenda must be open to
/// inspection before the meeting, whether Saturdays count, whose bank holidays close the office, the council's
/// own closed days, and the days' notice a key decision (in the forward plan) and a private item (a notice
/// of intention) need. Sundays, the Christmas and Easter breaks and bank holidays never count (Local
/// Government Act 1972, s.243).
/// </summary>
public sealed record NoticeRule(string Name, int AgendaClearDays, bool SaturdaysCount, Nation Nation, IReadOnlyList<ClosedDay> ClosedDays)
{
    /// <summary>The clear days' notice of a key decision in the forward plan (England, 2012 regulations).</summary>
    public int KeyDecisionClearDays { get; init; } = 28;

    /// <summary>The clear days' notice of the intention to take an item in private (England, 2012 regulations).</summary>
    public int PrivateNoticeClearDays { get; init; } = 28;

    /// <summary>The working days after a decision notice is published during which the decision can be called in (it ends at 5.00 pm on the last).</summary>
    public int CallInWorkingDays { get; init; } = 5;

    /// <summary>
    /// The first day meetings are held to the notices of key decisions and of private items: the Local
    /// Authorities (Executive Arrangements) (Meetings and Access to Information) (England) Regulations 2012
    /// came into force on 10 September 2012; earlier meetings followed rules of their own, not checked here.
    /// </summary>
    public static DateOnly NoticesFrom { get; } = new(2012, 9, 10);

    /// <summary>The names a meeting may choose a rule by, and what each is.</summary>
    public static IReadOnlyDictionary<string, string> Names { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["england"] = "an English principal council as councils apply it: five clear days, Saturdays not counted",
        ["england-s243"] = "an English principal council by section 243 alone: five clear days, Saturdays counted",
        ["wales"] = "a Welsh principal council: three clear days, Saturdays not counted",
        ["parish"] = "a parish or town council: three clear days, Saturdays counted",
    };

    /// <summary>A rule by its name, or null when no rule has it.</summary>
    public static NoticeRule? Named(string name) => name switch
    {
        "england" => new(name, 5, SaturdaysCount: false, Nation.EnglandAndWales, []),
        "england-s243" => new(name, 5, SaturdaysCount: true, Nation.EnglandAndWales, []),
        "wales" => new(name, 3, SaturdaysCount: false, Nation.EnglandAndWales, []),
        "parish" => new(name, 3, SaturdaysCount: true, Nation.EnglandAndWales, []),
        _ => null,
    };

    /// <summary>The rule a meeting that names none follows.</summary>
    public static NoticeRule Default => Named("england")!;
}
