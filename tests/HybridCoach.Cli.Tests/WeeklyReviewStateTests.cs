using Xunit;

namespace HybridCoach.Cli.Tests;

/// <summary>
/// The weekly review reads the athlete's state: an open red flag is named and "recovery is on track" is never said
/// beside it; a request to the coach is a request, not an alert; the unavailable days a check-in applied at once are
/// among the week's plan changes.
/// </summary>
public class WeeklyReviewStateTests
{
    private static async Task<CliRun> Ok(TempDirectory dir, string date, params string[] args)
    {
        var result = await CliRun.RunAsync(["--data-dir", dir.Path, "--date", date, .. args]);
        Assert.True(result.ExitCode == 0, $"{string.Join(' ', args)}: {result.Stderr}");
        return result;
    }

    [Fact]
    public async Task RedFlagAndRequest_NamedInTheReview_RequestNotCountedAsAlert()
    {
        using var dir = new TempDirectory();
        await Ok(dir, "2026-05-20", "demo", "--months", "3");
        await Ok(dir, "2026-05-20", "plan", "generate");
        var checkIn = (await Ok(dir, "2026-05-24", "checkin", "--week", "2026-05-18", "--effort", "3", "--fatigue", "2",
            "--notes", "chest pain and dizzy on Thursday", "--request", "Can the long run be on Saturday?", "--unavailable", "2026-05-27", "--json")).Json();

        Assert.Equal(2, checkIn.GetProperty("escalation_count").GetInt32());
        var review = checkIn.GetProperty("weekly_summary");
        Assert.Single(review.GetProperty("alerts").EnumerateArray(), a => a.GetString()!.Contains("medical_red_flag", StringComparison.Ordinal));
        Assert.Single(review.GetProperty("plan_changes").EnumerateArray(), c => c.GetString()!.StartsWith("v2 ", StringComparison.Ordinal));
        var narrative = review.GetProperty("narrative").GetString()!;
        Assert.Contains("In force: a possible medical warning sign, so no training until a doctor has assessed it and your coach clears it", narrative, StringComparison.Ordinal);
        Assert.Contains("1 alert and your request went to your coach", narrative, StringComparison.Ordinal);
        Assert.DoesNotContain("on track", narrative, StringComparison.Ordinal);

        var summary = (await Ok(dir, "2026-05-25", "summary", "--week", "2026-05-18", "--json")).Json();
        Assert.Equal(["a possible medical warning sign, so no training until a doctor has assessed it and your coach clears it"],
            summary.GetProperty("in_force").EnumerateArray().Select(l => l.GetString()).ToList());
        Assert.Equal(1, summary.GetProperty("alerts").GetArrayLength());
        Assert.DoesNotContain("on track", summary.GetProperty("narrative").GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnavailableAfterTheWeeksLongRun_AppliedAtOnce_TheRestOfTheCheckInRouted()
    {
        using var dir = new TempDirectory();
        await Ok(dir, "2026-05-20", "demo", "--months", "3");
        await Ok(dir, "2026-05-20", "plan", "generate");
        // Sunday 2026-05-24 evening: that microcycle's long run is done; Wednesday and Thursday fall through, and it is a travel week.
        var checkIn = (await Ok(dir, "2026-05-24", "checkin", "--week", "2026-05-18", "--effort", "5", "--fatigue", "4",
            "--unavailable", "2026-05-27,2026-05-28", "--travel-week", "--json")).Json();

        var unavailable = checkIn.GetProperty("unavailable");
        Assert.Equal(("auto_apply", "athlete_unavailable", 2), (unavailable.GetProperty("route").GetString(), unavailable.GetProperty("rule_id").GetString(),
            unavailable.GetProperty("applied_version").GetInt32()));
        Assert.Equal(0, checkIn.GetProperty("escalation_count").GetInt32()); // no "adaptation blocked" alert
        var travel = checkIn.GetProperty("adaptation");
        Assert.Equal("suggest_to_athlete", travel.GetProperty("route").GetString());
        Assert.DoesNotContain(travel.GetProperty("changes").EnumerateArray(), c => c.GetProperty("date").GetString() is "2026-05-27" or "2026-05-28");
        foreach (var day in new[] { "2026-05-27", "2026-05-28" })
            Assert.Equal("rest", (await Ok(dir, "2026-05-24", "session", day, "--json")).Json().GetProperty("session").GetProperty("type").GetString());
        Assert.Equal(0, (await CliRun.RunAsync(["--data-dir", dir.Path, "--date", "2026-05-24", "plan", "validate"])).ExitCode);
    }
}
