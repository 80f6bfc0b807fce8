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
    public async Task The_calendar_offers_the_forward_plan_and_a_decided_meeting_its_notice_and_minutes()
    {
        var calendar = await service.Client.GetStringAsync("/calendar?today=2025-01-02");
        Assert.Contains("Decisions can be called in until 5.00 pm, Friday 3 January 2025.", calendar, StringComparison.Ordinal);
        Assert.Contains("href=\"/forward-plan?format=docx\"", calendar, StringComparison.Ordinal);

        var plan = await service.Client.GetAsync("/forward-plan?format=html");
        Assert.Equal(HttpStatusCode.OK, plan.StatusCode);
        Assert.Equal("attachment; filename=\"forward-plan.html\"", plan.Content.Headers.ContentDisposition?.ToString());
        var html = await plan.Content.ReadAsStringAsync();
        Assert.Contains("Highways maintenance contract 2025-2032", html, StringComparison.Ordinal);

        const string Meeting = "committees%2Fexecutive-board-2024-25%2Fmeeting-2024-07-24.yaml";
        var page = await service.Client.GetStringAsync($"/meeting?path={Meeting}");
        Assert.Contains($"href=\"/decisions?path={Meeting}&amp;paper=notice&amp;format=docx\"", page, StringComparison.Ordinal);

        var notice = await service.Client.GetAsync($"/decisions?path={Meeting}&paper=notice&format=html");
        Assert.Equal("attachment; filename=\"meeting-2024-07-24.decision-notice.html\"", notice.Content.Headers.ContentDisposition?.ToString());
        Assert.Contains("5.00 pm, Friday 2 August 2024", await notice.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var minutes = await service.Client.GetAsync($"/decisions?path={Meeting}&paper=minutes&format=docx");
        Assert.Equal("attachment; filename=\"meeting-2024-07-24.minutes.docx\"", minutes.Content.Headers.ContentDisposition?.ToString());
    }

    [Theory]
    [InlineData("/decisions?path=..%2F..%2Fetc%2Fpasswd&paper=notice&format=html", HttpStatusCode.NotFound)]
    [InlineData("/decisions?path=committees%2Fexecutive-board-2024-25%2Fmeeting-2024-07-24.yaml&paper=agenda&format=html", HttpStatusCode.BadRequest)]
    [InlineData("/decisions?path=leicester-jar-action-plan-2008.yaml&paper=notice&format=html", HttpStatusCode.NotFound)]
    [InlineData("/forward-plan?format=rtf", HttpStatusCode.BadRequest)]
    public async Task A_path_paper_or_format_that_is_not_one_is_refused(string url, HttpStatusCode status)
    {
        var response = await service.Client.GetAsync(url);

        Assert.Equal(status, response.StatusCode);
    }

    [Fact]
    public async Task A_day_that_is_not_one_is_refused_in_words()
    {
        var response = await service.Client.GetAsync("/calendar?today=8%2F12%2F2010");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("YYYY-MM-DD", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
