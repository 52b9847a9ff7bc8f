using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Xunit;

namespace HybridCoach.Web.Tests;

/// <summary>A signed-up account with six weeks of runs, an A race ten weeks out and a generated plan, as a runner makes one through the pages.</summary>
public static partial class PlannedAthlete
{
    public const string RaceName = "City Half";

    public static async Task<WebSession> CreateAsync(CoachWebFactory factory, string email)
    {
        var session = factory.Session();
        await session.SignUpAsync(email);
        var today = DateTimeOffset.UtcNow.Date;
        await session.UploadAsync([.. Enumerable.Range(0, 21).Select(i => ($"run-{i}.fit", Runs.Fit(today.AddDays(-1 - 2 * i).AddHours(7), i % 3 == 0 ? 14 : 9, 330, 142)))]);
        var raceDay = DateOnly.FromDateTime(today.AddDays(70)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await session.PostFormAsync("/Races", "/Races",
            new Dictionary<string, string> { ["Date"] = raceDay, ["Name"] = RaceName, ["Distance"] = "half", ["Priority"] = "A" });
        var (status, body, location) = await session.PostFormAsync("/Plan", "/Plan", new Dictionary<string, string>());
        Assert.True(status == HttpStatusCode.Redirect && location == "/Plan", $"plan of {email}: {status} {WebSession.Text(body)}");
        return session;
    }

    /// <summary>The Profile page's form for Ana, with the anchors given (empty for none) and the time zone.</summary>
    public static Dictionary<string, string> ProfileForm(string thresholdPace, string lthr, string zone) => new()
    {
        ["Name"] = "Ana", ["BirthYear"] = "1990", ["Sex"] = "Female", ["MaxHrBpm"] = "195", ["RestingHrBpm"] = "50",
        ["LthrBpm"] = lthr, ["ThresholdPace"] = thresholdPace, ["Units"] = "Kilometers", ["TimeZone"] = zone,
    };

    /// <summary>The session pages the calendar links to (every day with something to train), in date order.</summary>
    public static IReadOnlyList<DateOnly> SessionDays(string calendarHtml) =>
        [.. SessionLink().Matches(calendarHtml).Select(m => DateOnly.ParseExact(m.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture))];

    /// <summary>The rest days between the calendar's first and last session (the days it links to no session), in date order.</summary>
    public static IReadOnlyList<DateOnly> RestDays(string calendarHtml)
    {
        var sessions = SessionDays(calendarHtml);
        var first = sessions[0];
        return [.. Enumerable.Range(0, sessions[^1].DayNumber - first.DayNumber).Select(first.AddDays).Except(sessions)];
    }

    [GeneratedRegex("href=\"/Plan/Session/(\\d{4}-\\d{2}-\\d{2})\"")]
    private static partial Regex SessionLink();
}
