using BoardPapers.Calendar;

namespace BoardPapers.Tests.Calendar;

/// <summary>
/// Clear days as a clerk counts them, each worked out by hand in the test's name: neither the day of
/// publication nor the meeting's counts, nor do Sundays, Saturdays (unless the rule counts them), the
/// Christmas and Easter breaks, the nation's bank holidays, or the council's own closed days.
/// </summary>
public sealed class NoticeCalendarTests
{
    [Theory]
    // england: five clear days, Saturdays and Sundays not counted (the issue's own example).
    [InlineData("england", "2010-12-16", "2010-12-08")]
    // england-s243: Saturdays count, so Saturday 11 December is the fourth clear day and Friday 10 the fifth.
    [InlineData("england-s243", "2010-12-16", "2010-12-09")]
    // Christmas 2010: the break runs from Friday 24 to Wednesday 29 December (Monday 27 and Tuesday 28 are bank
    // holidays), New Year's Day falls on the Saturday so Monday 3 January is the holiday: Wed 5, Tue 4, Fri 31, Thu 30, Thu 23.
    [InlineData("england", "2011-01-06", "2010-12-22")]
    // Easter 2011 (Easter Day 24 April): the break is Thursday 21 to Tuesday 26; Friday 29 is the royal wedding and
    // Monday 2 May the early May holiday: Wed 4, Tue 3, Thu 28, Wed 27, Wed 20.
    [InlineData("england", "2011-05-05", "2011-04-19")]
    // The state funeral of 19 September 2022 was a bank holiday: Wed 21, Tue 20, Fri 16, Thu 15, Wed 14.
    [InlineData("england", "2022-09-22", "2022-09-13")]
    // parish: three clear days with Saturdays counted: Sat 11, Fri 10, Thu 9.
    [InlineData("parish", "2010-12-13", "2010-12-08")]
    // wales: three clear days, Saturdays not counted: Fri 10, Thu 9, Wed 8.
    [InlineData("wales", "2010-12-13", "2010-12-07")]
    public void The_last_day_to_publish_leaves_the_rules_clear_days(string rule, string meeting, string latest)
    {
        var calendar = new NoticeCalendar(NoticeRule.Named(rule)!);

        Assert.Equal(Day(latest), calendar.LatestBefore(Day(meeting), calendar.Rule.AgendaClearDays));
        Assert.Equal(calendar.Rule.AgendaClearDays, calendar.ClearDaysBetween(Day(latest), Day(meeting)));
        Assert.Equal(calendar.Rule.AgendaClearDays - 1, calendar.ClearDaysBetween(Day(latest).AddDays(1), Day(meeting)));
    }

    [Fact]
    public void Published_Friday_10_December_2010_for_Thursday_16_gives_3_clear_days_Monday_to_Wednesday()
    {
        var calendar = new NoticeCalendar(NoticeRule.Default);

        Assert.Equal(3, calendar.ClearDaysBetween(Day("2010-12-10"), Day("2010-12-16")));
        Assert.Equal("Saturday", calendar.WhyClosed(Day("2010-12-11")));
        Assert.Equal("Sunday", calendar.WhyClosed(Day("2010-12-12")));
    }

    [Fact]
    public void Scotlands_2_January_is_closed_so_a_meeting_on_Wednesday_7_January_2015_needs_publication_by_Monday_22_December()
    {
        // Scotland: Thu 1 and Fri 2 January are holidays: Tue 6, Mon 5, Wed 31, Tue 30, then the Christmas break
        // (Wed 24 to Mon 29), Tue 23 is the fifth. England and Wales: Fri 2 counts: Tue 6, Mon 5, Fri 2, Wed 31, Tue 30.
        var scotland = new NoticeCalendar(NoticeRule.Default with { Nation = Nation.Scotland });
        var england = new NoticeCalendar(NoticeRule.Default);

        Assert.Equal(Day("2014-12-22"), scotland.LatestBefore(Day("2015-01-07"), 5));
        Assert.Equal(Day("2014-12-29"), england.LatestBefore(Day("2015-01-07"), 5));
        Assert.Equal("Bank holiday: 2 January", scotland.WhyClosed(Day("2015-01-02")));
    }

    [Fact]
    public void Northern_Irelands_St_Patricks_Day_Tuesday_17_March_2015_moves_a_Thursday_19_deadline_from_Wednesday_11_to_Tuesday_10()
    {
        var ni = new NoticeCalendar(NoticeRule.Default with { Nation = Nation.NorthernIreland });
        var england = new NoticeCalendar(NoticeRule.Default);

        Assert.Equal(Day("2015-03-10"), ni.LatestBefore(Day("2015-03-19"), 5));
        Assert.Equal(Day("2015-03-11"), england.LatestBefore(Day("2015-03-19"), 5));
    }

    [Fact]
    public void A_councils_own_closed_day_Monday_13_December_2010_moves_the_deadline_to_Tuesday_7()
    {
        var calendar = new NoticeCalendar(NoticeRule.Default with { ClosedDays = [new ClosedDay(Day("2010-12-13"), "Office move")] });

        Assert.Equal(Day("2010-12-07"), calendar.LatestBefore(Day("2010-12-16"), 5));
        Assert.Equal("Office move", calendar.WhyClosed(Day("2010-12-13")));
    }

    [Theory]
    // England and Wales: moved and added days.
    [InlineData("england-and-wales", "2020-05-08", "Early May bank holiday")]
    [InlineData("england-and-wales", "2022-06-02", "Spring bank holiday")]
    [InlineData("england-and-wales", "2022-06-03", "Platinum Jubilee")]
    [InlineData("england-and-wales", "2023-05-08", "Coronation of King Charles III")]
    [InlineData("england-and-wales", "2011-04-29", "Royal wedding")]
    // Christmas Day 2010 on a Saturday, Boxing Day on the Sunday: Monday 27 and Tuesday 28 instead.
    [InlineData("england-and-wales", "2010-12-27", "Christmas Day")]
    [InlineData("england-and-wales", "2010-12-28", "Boxing Day")]
    // Scotland: 1 January 2011 a Saturday, 2 January a Sunday: Monday 3 and Tuesday 4; summer on the first Monday of August.
    [InlineData("scotland", "2011-01-03", "New Year's Day")]
    [InlineData("scotland", "2011-01-04", "2 January")]
    [InlineData("scotland", "2011-08-01", "Summer bank holiday")]
    [InlineData("scotland", "2015-11-30", "St Andrew's Day")]
    // Northern Ireland: 12 July 2014 a Saturday, so Monday 14 July.
    [InlineData("northern-ireland", "2014-07-14", "Battle of the Boyne (Orangemen's Day)")]
    public void Bank_holidays_fall_where_the_proclamations_put_them(string nation, string day, string name)
    {
        var which = nation switch
        {
            "scotland" => Nation.Scotland,
            "northern-ireland" => Nation.NorthernIreland,
            _ => Nation.EnglandAndWales,
        };

        Assert.Contains(new ClosedDay(Day(day), name), BankHolidays.Of(which, Day(day).Year));
    }

    [Theory]
    [InlineData(2010, "2010-04-04")]
    [InlineData(2011, "2011-04-24")]
    [InlineData(2019, "2019-04-21")]
    [InlineData(2024, "2024-03-31")]
    public void Easter_Day_is_where_the_tables_put_it(int year, string day) => Assert.Equal(Day(day), BankHolidays.EasterDay(year));

    [Fact]
    public void England_has_eight_bank_holidays_in_an_ordinary_year_and_Scotland_and_Northern_Ireland_nine_and_ten()
    {
        Assert.Equal(8, BankHolidays.Of(Nation.EnglandAndWales, 2019).Count);
        Assert.Equal(9, BankHolidays.Of(Nation.Scotland, 2019).Count);
        Assert.Equal(10, BankHolidays.Of(Nation.NorthernIreland, 2019).Count);
    }

    [Theory]
    // Published Friday 26 July 2024, five working days: Mon 29, Tue 30, Wed 31, Thu 1, Fri 2 August.
    [InlineData("england", "2024-07-26", 5, "2024-08-02")]
    // Published Friday 20 December 2024: Mon 23; the Christmas break is Tue 24 to Fri 27; Mon 30, Tue 31; New Year's
    // Day is a bank holiday; Thu 2, Fri 3 January.
    [InlineData("england", "2024-12-20", 5, "2025-01-03")]
    // Easter 2025 (Easter Day 20 April): published Wednesday 16 April, the break is Thu 17 to Tue 22: Wed 23, Thu 24,
    // Fri 25, Mon 28, Tue 29.
    [InlineData("england", "2025-04-16", 5, "2025-04-29")]
    // parish counts Saturdays as clear days, never as working days: published Thursday 5 December 2024, Fri 6,
    // Mon 9, Tue 10, Wed 11, Thu 12.
    [InlineData("parish", "2024-12-05", 5, "2024-12-12")]
    // A council's three working days: Mon 29, Tue 30, Wed 31 July 2024.
    [InlineData("england", "2024-07-26", 3, "2024-07-31")]
    public void A_decision_can_be_called_in_until_the_last_of_its_working_days(string rule, string published, int days, string last)
    {
        var calendar = new NoticeCalendar(NoticeRule.Named(rule)! with { CallInWorkingDays = days });

        Assert.Equal(Day(last), calendar.CallInEnds(Day(published)));
    }

    [Fact]
    public void A_closed_day_of_the_councils_own_moves_call_in_from_Tuesday_13_to_Wednesday_14_May_2025()
    {
        // Published Tuesday 6 May 2025 (after the early May bank holiday): Wed 7, Thu 8, [Fri 9 closed], Mon 12, Tue 13, Wed 14.
        var open = new NoticeCalendar(NoticeRule.Default);
        var closed = new NoticeCalendar(NoticeRule.Default with { ClosedDays = [new ClosedDay(Day("2025-05-09"), "Office move")] });

        Assert.Equal(Day("2025-05-13"), open.CallInEnds(Day("2025-05-06")));
        Assert.Equal(Day("2025-05-14"), closed.CallInEnds(Day("2025-05-06")));
    }

    [Fact]
    public void Scotlands_2_January_holiday_moves_call_in_from_Wednesday_7_to_Thursday_8_January_2015()
    {
        // Published Tuesday 30 December 2014: Wed 31, [Thu 1 holiday], Fri 2 (a holiday in Scotland only), Mon 5, Tue 6, Wed 7, Thu 8.
        Assert.Equal(Day("2015-01-07"), new NoticeCalendar(NoticeRule.Default).CallInEnds(Day("2014-12-30")));
        Assert.Equal(Day("2015-01-08"), new NoticeCalendar(NoticeRule.Default with { Nation = Nation.Scotland }).CallInEnds(Day("2014-12-30")));
    }

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
