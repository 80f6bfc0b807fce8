namespace BoardPapers.Calendar;

/// <summary>
/// The UK's bank holidays by nation, worked out by the rules of the Banking and Financial Dealings Act 1971
/// and the royal proclamations that move them: a holiday falling at a weekend moves to the next weekday;
/// days moved or added once (jubilees, a royal wedding, a state funeral, a coronation) are listed as data.
/// </summary>
public static class BankHolidays
{
    /// <summary>Days added once by proclamation, kept by every nation.</summary>
    private static readonly ClosedDay[] Added =
    [
        new(new DateOnly(1999, 12, 31), "Millennium celebrations"),
        new(new DateOnly(2002, 6, 3), "Golden Jubilee"),
        new(new DateOnly(2011, 4, 29), "Royal wedding"),
        new(new DateOnly(2012, 6, 5), "Diamond Jubilee"),
        new(new DateOnly(2022, 6, 3), "Platinum Jubilee"),
        new(new DateOnly(2022, 9, 19), "State funeral of Queen Elizabeth II"),
        new(new DateOnly(2023, 5, 8), "Coronation of King Charles III"),
    ];

    /// <summary>The bank holidays of a nation in a year, in date order, each with its name.</summary>
    public static IReadOnlyList<ClosedDay> Of(Nation nation, int year)
    {
        var days = new List<ClosedDay>();
        var easter = EasterDay(year);
        if (nation == Nation.Scotland)
        {
            // New Year's Day and 2 January: a weekend day moves to the next weekday not already a holiday.
            var newYear = Weekday(new DateOnly(year, 1, 1));
            days.Add(new(newYear, "New Year's Day"));
            days.Add(new(Weekday(new DateOnly(year, 1, 2), newYear), "2 January"));
        }
        else
        {
            days.Add(new(Weekday(new DateOnly(year, 1, 1)), "New Year's Day"));
        }

        if (nation == Nation.NorthernIreland)
        {
            days.Add(new(Weekday(new DateOnly(year, 3, 17)), "St Patrick's Day"));
        }

        days.Add(new(easter.AddDays(-2), "Good Friday"));
        if (nation != Nation.Scotland)
        {
            days.Add(new(easter.AddDays(1), "Easter Monday"));
        }

        days.Add(new(EarlyMay(year), "Early May bank holiday"));
        days.Add(new(Spring(year), "Spring bank holiday"));
        if (nation == Nation.NorthernIreland)
        {
            days.Add(new(Weekday(new DateOnly(year, 7, 12)), "Battle of the Boyne (Orangemen's Day)"));
        }

        days.Add(nation == Nation.Scotland
            ? new(FirstMonday(new DateOnly(year, 8, 1)), "Summer bank holiday")
            : new(LastMonday(new DateOnly(year, 8, 31)), "Summer bank holiday"));
        if (nation == Nation.Scotland && year >= 2007)
        {
            days.Add(new(Weekday(new DateOnly(year, 11, 30)), "St Andrew's Day"));
        }

        var christmas = Weekday(new DateOnly(year, 12, 25));
        days.Add(new(christmas, "Christmas Day"));
        days.Add(new(Weekday(new DateOnly(year, 12, 26), christmas), "Boxing Day"));
        days.AddRange(Added.Where(d => d.Date.Year == year));
        return [.. days.OrderBy(d => d.Date)];
    }

    /// <summary>Easter Day in the Gregorian calendar (the anonymous algorithm, as in the Book of Common Prayer's tables).</summary>
    public static DateOnly EasterDay(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    // Moved by proclamation: VE Day's 75th anniversary (2020), the first Monday's in 1995 for VE Day's 50th.
    private static DateOnly EarlyMay(int year) => year switch
    {
        1995 => new DateOnly(1995, 5, 8),
        2020 => new DateOnly(2020, 5, 8),
        _ => FirstMonday(new DateOnly(year, 5, 1)),
    };

    // Moved for the Golden, Diamond and Platinum Jubilees.
    private static DateOnly Spring(int year) => year switch
    {
        2002 => new DateOnly(2002, 6, 4),
        2012 => new DateOnly(2012, 6, 4),
        2022 => new DateOnly(2022, 6, 2),
        _ => LastMonday(new DateOnly(year, 5, 31)),
    };

    /// <summary>The day itself on a weekday, else the next weekday that is not <paramref name="taken"/> (a substitute day).</summary>
    private static DateOnly Weekday(DateOnly day, DateOnly? taken = null)
    {
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || day == taken)
        {
            day = day.AddDays(1);
        }

        return day;
    }

    private static DateOnly FirstMonday(DateOnly from)
    {
        while (from.DayOfWeek != DayOfWeek.Monday)
        {
            from = from.AddDays(1);
        }

        return from;
    }

    private static DateOnly LastMonday(DateOnly to)
    {
        while (to.DayOfWeek != DayOfWeek.Monday)
        {
            to = to.AddDays(-1);
        }

        return to;
    }
}
