using System.Net;
using Xunit;

namespace HybridCoach.Web.Tests;

/// <summary>The weekly check-in page (issue 16 item 4): the coach hears of a request and a niggle at once, and bad scores are named.</summary>
public sealed class CheckInPageTests : IDisposable
{
    private readonly CoachWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task CheckIn_WithARequestAndANiggle_TellsTheCoach_AndSaysSo()
    {
        using var ana = _factory.Session();
        await ana.SignUpAsync("ana@example.com");
        var form = await ana.GetAsync("/CheckIn");
        var monday = System.Text.RegularExpressions.Regex.Match(form.Body, "name=\"WeekStart\" value=\"([0-9-]+)\"").Groups[1].Value;

        var (status, body, _) = await ana.PostFormAsync("/CheckIn", "/CheckIn", new Dictionary<string, string>
        {
            ["WeekStart"] = monday, ["Effort"] = "6", ["Fatigue"] = "7", ["NiggleSite"] = "Calf", ["NiggleSide"] = "Left", ["NiggleSeverity"] = "6",
            ["ChangeRequest"] = "fewer hills please", ["UnavailableDays"] = "", // an empty date field, as a browser posts it
        });

        var text = WebSession.Text(body);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(DayOfWeek.Monday, DateOnly.Parse(monday, System.Globalization.CultureInfo.InvariantCulture).DayOfWeek);
        Assert.Contains("check-in 1 is with your coach", text, StringComparison.Ordinal);
        Assert.Contains("Your coach has been told about:", text, StringComparison.Ordinal);
        Assert.Contains("fewer hills please", text, StringComparison.Ordinal);
        Assert.Contains("calf", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckIn_WithARace_GoesToTheCoach_HalfARaceIsNamed_AndTheWeekIsReviewed()
    {
        using var ana = await PlannedAthlete.CreateAsync(_factory, "ana@example.com");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var raceDay = today.AddDays(35).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var (_, half, _) = await ana.PostFormAsync("/CheckIn", "/CheckIn", new Dictionary<string, string>
        {
            ["WeekStart"] = monday, ["Effort"] = "5", ["Fatigue"] = "4", ["RaceName"] = "Park 10K",
        });
        var (status, body, _) = await ana.PostFormAsync("/CheckIn", "/CheckIn", new Dictionary<string, string>
        {
            ["WeekStart"] = monday, ["Effort"] = "5", ["Fatigue"] = "4", ["RaceDate"] = raceDay, ["RaceName"] = "Park 10K", ["RaceDistance"] = "10k", ["RacePriority"] = "B",
        });

        Assert.Contains("race: give its date, name and distance (or none of them)", WebSession.Text(half), StringComparison.Ordinal);
        Assert.DoesNotContain("is with your coach", WebSession.Text(half), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("waits for your coach's approval", WebSession.Text(body), StringComparison.Ordinal);
        Assert.NotEmpty(WebSession.TestId(body, "weekly-review"));
    }

    [Fact]
    public async Task CheckIn_ScoreOutOfRange_IsNamed_NothingStored()
    {
        using var ana = _factory.Session();
        await ana.SignUpAsync("ana@example.com");

        var (status, body, _) = await ana.PostFormAsync("/CheckIn", "/CheckIn",
            new Dictionary<string, string> { ["WeekStart"] = "2026-11-30", ["Effort"] = "11", ["Fatigue"] = "3" });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("The field Effort must be between 1 and 10.", WebSession.Text(body), StringComparison.Ordinal);
        Assert.DoesNotContain("is with your coach", WebSession.Text(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnavailableDay_TakesTheSessionOff_FeelingStrong_IsAnswered()
    {
        using var ana = await PlannedAthlete.CreateAsync(_factory, "ana@example.com");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var day = PlannedAthlete.SessionDays((await ana.GetAsync("/Plan")).Body).First(d => d > today.AddDays(1));
        var text = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var before = WebSession.TestId((await ana.GetAsync("/Plan/Session/" + text)).Body, "session-title");
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var (status, body, _) = await ana.PostFormAsync("/CheckIn", "/CheckIn", new Dictionary<string, string>
        {
            ["WeekStart"] = monday, ["Effort"] = "4", ["Fatigue"] = "3", ["UnavailableDays"] = text, ["FeelingStrong"] = "true",
        });
        var after = WebSession.TestId((await ana.GetAsync("/Plan/Session/" + text)).Body, "session-title");

        Assert.Equal(System.Net.HttpStatusCode.OK, status);
        Assert.Contains("The days you cannot train are in your plan (version", WebSession.TestId(body, "unavailable-result"), StringComparison.Ordinal);
        Assert.StartsWith("Feeling strong: ", WebSession.TestId(body, "feeling-strong-result"), StringComparison.Ordinal);
        Assert.NotEqual(before, after);
        Assert.StartsWith("Rest", after, StringComparison.Ordinal);
    }
}
