using System.Net;

namespace BoardPapers.Serve.Tests;

/// <summary>The clerk's calendar from the service: the folder's meetings with their deadlines, as the command lists them, linked to each meeting's page; a day that is not one refused.</summary>
public sealed class CalendarPageTests(ServiceFixture service) : IClassFixture<ServiceFixture>
{
    [Fact]
    public async Task The_calendar_lists_each_meeting_with_the_day_its_agenda_was_due_and_whether_it_was_in_time()
    {
        var page = await service.Client.GetStringAsync("/calendar?today=2025-01-02");

        Assert.Contains("Deadlines as they stand on Thursday 2 January 2025.", page, StringComparison.Ordinal);
        Assert.Contains("<a class=\"govuk-link\" href=\"/meeting?path=meetings%2Fscrutiny-childrens-services-2010-12-16%2Fmeeting.yaml\">Thursday 16 December 2010</a>", page, StringComparison.Ordinal);
        Assert.Contains("<td class=\"govuk-table__cell\">Monday 30 December 2024</td><td class=\"govuk-table__cell\">Friday 20 December 2024</td><td class=\"govuk-table__cell\"><strong class=\"govuk-tag govuk-tag--green\">in time (7 clear days)</strong>", page, StringComparison.Ordinal);
        Assert.True(page.IndexOf("Thursday 16 December 2010", StringComparison.Ordinal) < page.IndexOf("Wednesday 19 June 2024", StringComparison.Ordinal));
        Assert.Contains("href=\"/calendar\"", await service.Client.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_day_that_is_not_one_is_refused_in_words()
    {
        var response = await service.Client.GetAsync("/calendar?today=8%2F12%2F2010");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("YYYY-MM-DD", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
