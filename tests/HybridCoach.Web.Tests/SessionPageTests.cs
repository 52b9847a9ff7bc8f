using System.Globalization;
using System.Net;
using Xunit;

namespace HybridCoach.Web.Tests;

/// <summary>
/// The session page (issue 16 item 4, Plan): steps with exact paces, the FIT workout for the watch, and the adjustment
/// request — never harder, accepted into a new plan version, refused when it asks for more; only the owner sees any of it.
/// </summary>
public sealed class SessionPageTests : IDisposable
{
    private readonly CoachWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task SessionPage_ShowsStepsWithPaces_AndItsFitWorkout()
    {
        using var ana = await PlannedAthlete.CreateAsync(_factory, "ana@example.com");
        var days = PlannedAthlete.SessionDays((await ana.GetAsync("/Plan")).Body);
        var quality = await FirstAsync(ana, days, body => WebSession.TestId(body, "session-title").Contains("(hard)", StringComparison.Ordinal));

        var page = await ana.GetAsync(Path(quality));
        using var fit = await ana.Client.GetAsync(Path(quality) + "?handler=Workout");
        var bytes = await fit.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Matches(@"\d:\d\d[–-]\d:\d\d/km", WebSession.TestId(page.Body, "steps"));
        Assert.NotEmpty(WebSession.TestId(page.Body, "session-narration"));
        Assert.Equal(HttpStatusCode.OK, fit.StatusCode);
        Assert.Equal("application/vnd.ant.fit", fit.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"{quality:yyyy-MM-dd}-", fit.Content.Headers.ContentDisposition?.FileName?.Trim('"')[..11]);
        Assert.Equal(".FIT"u8.ToArray(), bytes[8..12]);
        Assert.Equal(bytes.Length - 14 - 2, BitConverter.ToInt32(bytes, 4));
    }

    [Fact]
    public async Task Adjust_ProposesAnEasierSession_AcceptedAsANewPlanVersion()
    {
        using var ana = await PlannedAthlete.CreateAsync(_factory, "ana@example.com");
        var days = PlannedAthlete.SessionDays((await ana.GetAsync("/Plan")).Body);
        var quality = await FirstAsync(ana, days, body => WebSession.TestId(body, "session-title").Contains("(hard)", StringComparison.Ordinal));
        var planned = WebSession.TestId((await ana.GetAsync(Path(quality))).Body, "session-title");

        var (proposed, _, location) = await ana.PostFormAsync(Path(quality), Path(quality) + "?handler=Adjust", new Dictionary<string, string> { ["Reason"] = "legs heavy" });
        var open = await ana.GetAsync(Path(quality));
        var (accepted, acceptedBody, _) = await ana.PostFormAsync(Path(quality), Action(open.Body, "Accept"), new Dictionary<string, string>());

        Assert.Equal((HttpStatusCode.Redirect, Path(quality)), (proposed, location));
        Assert.Contains("You asked: “legs heavy”", WebSession.Text(open.Body), StringComparison.Ordinal);
        Assert.DoesNotContain("(hard)", WebSession.TestId(open.Body, "replacement"), StringComparison.Ordinal);
        Assert.True(accepted == HttpStatusCode.OK, WebSession.Text(acceptedBody));
        Assert.True(acceptedBody.Contains("adjustment-decided", StringComparison.Ordinal), WebSession.Text(acceptedBody));
        Assert.Contains("accepted", WebSession.TestId(acceptedBody, "adjustment-decided"), StringComparison.Ordinal);
        Assert.Contains("Applied as plan version 2.", WebSession.Text(acceptedBody), StringComparison.Ordinal);
        Assert.NotEqual(planned, WebSession.TestId(acceptedBody, "session-title"));
        Assert.DoesNotContain("(hard)", WebSession.TestId(acceptedBody, "session-title"), StringComparison.Ordinal);
        Assert.Contains("Version 2 ·", WebSession.Text((await ana.GetAsync("/Plan")).Body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Adjust_AskingForMore_IsAnsweredNotAdjusted_AndAnEmptyReasonIsNamed()
    {
        using var ana = await PlannedAthlete.CreateAsync(_factory, "ana@example.com");
        var day = PlannedAthlete.SessionDays((await ana.GetAsync("/Plan")).Body).First(d => d >= DateOnly.FromDateTime(DateTime.UtcNow));

        var (moreStatus, more, _) = await ana.PostFormAsync(Path(day), Path(day) + "?handler=Adjust", new Dictionary<string, string> { ["Reason"] = "make it harder please" });
        var rest = PlannedAthlete.RestDays((await ana.GetAsync("/Plan")).Body).First(d => d >= DateOnly.FromDateTime(DateTime.UtcNow));
        var (_, restDay, _) = await ana.PostFormAsync(Path(rest), Path(rest) + "?handler=Adjust", new Dictionary<string, string> { ["Reason"] = "legs heavy" });
        var (_, empty, _) = await ana.PostFormAsync(Path(day), Path(day) + "?handler=Adjust", new Dictionary<string, string> { ["Reason"] = "" });

        Assert.Equal(HttpStatusCode.OK, moreStatus);
        Assert.Contains("asks for more", WebSession.Text(more), StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"open-adjustment\"", more, StringComparison.Ordinal);
        Assert.Contains("The Reason field is required.", WebSession.Text(empty), StringComparison.Ordinal);
        Assert.Contains($"date {rest:yyyy-MM-dd}: a rest day; there is nothing easier to change it to", WebSession.Text(restDay), StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"open-adjustment\"", restDay, StringComparison.Ordinal);
        Assert.Contains("Version 1 ·", WebSession.Text((await ana.GetAsync("/Plan")).Body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherAccount_SeesNoSession_AndCannotDecideTheOwnersAdjustment()
    {
        using var ana = await PlannedAthlete.CreateAsync(_factory, "ana@example.com");
        using var ben = _factory.Session();
        await ben.SignUpAsync("ben@example.com");
        var day = PlannedAthlete.SessionDays((await ana.GetAsync("/Plan")).Body).First(d => d >= DateOnly.FromDateTime(DateTime.UtcNow));
        await ana.PostFormAsync(Path(day), Path(day) + "?handler=Adjust", new Dictionary<string, string> { ["Reason"] = "legs heavy" });
        var accept = Action((await ana.GetAsync(Path(day))).Body, "Accept");

        var (benPage, _, _) = await ben.GetAsync(Path(day));
        using var benFit = await ben.Client.GetAsync(Path(day) + "?handler=Workout");
        var (benAccept, _, _) = await ben.PostFormAsync("/Today", accept, new Dictionary<string, string>());
        var (badDate, _, _) = await ana.GetAsync("/Plan/Session/2026-02-30");

        Assert.Equal(HttpStatusCode.NotFound, benPage);
        Assert.Equal(HttpStatusCode.NotFound, benFit.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, benAccept);
        Assert.Equal(HttpStatusCode.NotFound, badDate);
        Assert.Contains("You asked: “legs heavy”", WebSession.Text((await ana.GetAsync(Path(day))).Body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CalendarFeed_SecretLink_ServesThePlan_ANewLinkRevokesTheOld()
    {
        using var ana = await PlannedAthlete.CreateAsync(_factory, "ana@example.com");
        using var nobody = _factory.Session();

        var (_, first, _) = await ana.PostFormAsync("/Plan", "/Plan?handler=Feed", new Dictionary<string, string>());
        var firstPath = new Uri(Attribute(first, "feed-url")).AbsolutePath;
        using var feed = await nobody.Client.GetAsync(firstPath);
        var ics = await feed.Content.ReadAsStringAsync();
        var (_, second, _) = await ana.PostFormAsync("/Plan", "/Plan?handler=Feed", new Dictionary<string, string>());
        var secondPath = new Uri(Attribute(second, "feed-url")).AbsolutePath;
        var (oldStatus, _, _) = await nobody.GetAsync(firstPath);
        var (newStatus, _, _) = await nobody.GetAsync(secondPath);
        var (forged, _, _) = await nobody.GetAsync("/feeds/" + new string('A', 43) + ".ics");
        var later = WebSession.Text((await ana.GetAsync("/Plan")).Body);

        Assert.Matches("^/feeds/[A-Za-z0-9_-]{43}\\.ics$", firstPath);
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Equal("text/calendar", feed.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("X-WR-CALNAME:HybridCoach " + PlannedAthlete.RaceName, ics, StringComparison.Ordinal);
        Assert.InRange(ics.Split("BEGIN:VEVENT").Length - 1, 30, 70);
        Assert.NotEqual(firstPath, secondPath);
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.OK, HttpStatusCode.NotFound), (oldStatus, newStatus, forged));
        Assert.Contains($"You made a calendar link on {DateTime.UtcNow:yyyy-MM-dd}", later, StringComparison.Ordinal);
        Assert.DoesNotContain(secondPath, later, StringComparison.Ordinal);
    }

    private static string Path(DateOnly day) => "/Plan/Session/" + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<DateOnly> FirstAsync(WebSession session, IReadOnlyList<DateOnly> days, Func<string, bool> matches)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        foreach (var day in days.Where(d => d >= today))
            if (matches((await session.GetAsync(Path(day))).Body)) return day;
        throw new InvalidOperationException("no such session in the plan");
    }

    /// <summary>The action of the page's form for <paramref name="handler"/>.</summary>
    private static string Action(string html, string handler) => System.Net.WebUtility.HtmlDecode(
        System.Text.RegularExpressions.Regex.Match(html, $"action=\"([^\"]*handler={handler}[^\"]*)\"").Groups[1].Value);

    private static string Attribute(string html, string testId) =>
        System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(html, $"value=\"([^\"]+)\"[^>]*data-testid=\"{testId}\"").Groups[1].Value);
}
