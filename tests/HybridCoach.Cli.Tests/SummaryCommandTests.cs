using System.Text.Json;
using HybridCoach.Application.Narration;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace HybridCoach.Cli.Tests;

/// <summary>
/// `coach summary` on `coach demo --date 2026-05-20 --months 3` + `plan generate` (microcycle 1 runs Thu 2026-05-21 to
/// Wed 05-27), with a controlled week logged by hand in microcycle 1; and on an empty data dir.
/// </summary>
public class SummaryCommandTests
{
    private static async Task<CliRun> Ok(TempDirectory dir, params string[] args)
    {
        var result = await CliRun.RunAsync(["--data-dir", dir.Path, .. args]);
        Assert.True(result.ExitCode == 0, $"{string.Join(' ', args)}: {result.Stderr}");
        return result;
    }

    private static IEnumerable<JsonElement> Days(JsonElement plan, int cycle) =>
        plan.GetProperty("microcycles")[cycle - 1].GetProperty("days").EnumerateArray().Where(d => d.GetProperty("type").GetString() != "rest");

    [Fact]
    public async Task Summary_ControlledWeek_FiguresOfTheLoggedActivitiesPlanAndSignals()
    {
        using var dir = new TempDirectory();
        await Ok(dir, "--date", "2026-05-20", "demo", "--months", "3");
        await Ok(dir, "--date", "2026-05-20", "plan", "generate");
        // Five runs of 38.2 km (210 min, 40 of them hard by RPE 7) and a 20 km ride.
        foreach (var (day, distance, duration, rpe, sport) in new[]
        {
            ("2026-05-21", "6km", "33:00", "3", "run"), ("2026-05-22", "6km", "32:00", "3", "run"), ("2026-05-23", "20km", "45:00", "3", "ride"),
            ("2026-05-24", "14km", "1:20:00", "4", "run"), ("2026-05-26", "8.2km", "40:00", "7", "run"), ("2026-05-27", "4km", "25:00", "2", "run"),
        })
            await Ok(dir, "--date", day, "activity", "add", "--distance", distance, "--duration", duration, "--rpe", rpe, "--sport", sport);
        await Ok(dir, "--date", "2026-05-22", "signals", "add", "--sleep-hours", "5.5");
        await Ok(dir, "--date", "2026-05-23", "signals", "add", "--sleep-hours", "5.5", "--soreness", "3");
        await Ok(dir, "--date", "2026-05-24", "signals", "add", "--sleep-hours", "7.5");
        await Ok(dir, "--date", "2026-05-28", "checkin", "--week", "2026-05-18", "--effort", "6", "--fatigue", "5", "--niggle", "calf:left:3");
        var plan = (await Ok(dir, "plan", "show", "--json")).Json();
        var previous = (await Ok(dir, "--date", "2026-05-20", "activities", "--json")).Json().GetProperty("activities").EnumerateArray()
            .Where(a => string.CompareOrdinal(a.GetProperty("start_time").GetString()![..10], "2026-05-14") >= 0).ToList();
        var metrics = (await Ok(dir, "--date", "2026-05-27", "metrics", "--from", "2026-05-20", "--json")).Json().GetProperty("days");

        var s = (await Ok(dir, "--date", "2026-05-28", "summary", "--json")).Json();

        Assert.Equal(("2026-05-21", "2026-05-27"), (s.GetProperty("week_start").GetString(), s.GetProperty("week_end").GetString()));
        Assert.Equal((6, 5, 1), (s.GetProperty("activities").GetInt32(), s.GetProperty("runs").GetInt32(), s.GetProperty("hard_sessions").GetInt32()));
        Assert.Equal(58_200, s.GetProperty("distance_m").GetDouble(), 6);
        Assert.Equal(38_200, s.GetProperty("run_distance_m").GetDouble(), 6);
        Assert.Equal((210 + 45) * 60, s.GetProperty("duration_s").GetDouble(), 6);
        Assert.Equal(14_000, s.GetProperty("longest_run_m").GetDouble(), 6);
        // Manual entries have no samples, so no time in zones: the review, like `coach metrics`, shows no distribution rather than a guess.
        Assert.Equal(JsonValueKind.Null, s.GetProperty("easy_time_share_pct").ValueKind);
        Assert.Equal(previous.Count, s.GetProperty("previous_activities").GetInt32());
        Assert.Equal(previous.Sum(a => a.GetProperty("distance_m").GetDouble()), s.GetProperty("previous_distance_m").GetDouble(), 6);

        var compliance = s.GetProperty("plan");
        Assert.Equal(Days(plan, 1).Count(), compliance.GetProperty("planned_sessions").GetInt32());
        Assert.Equal(Days(plan, 1).Sum(d => d.GetProperty("distance_m").GetDouble()), compliance.GetProperty("planned_distance_m").GetDouble(), 6);

        var wellbeing = s.GetProperty("wellbeing");
        Assert.Equal((3, 2, 3), (wellbeing.GetProperty("signal_days").GetInt32(), wellbeing.GetProperty("poor_sleep_nights").GetInt32(),
            wellbeing.GetProperty("max_soreness").GetInt32()));
        Assert.Equal((5.5 + 5.5 + 7.5) / 3, wellbeing.GetProperty("average_sleep_h").GetDouble(), 9);
        var checkIn = wellbeing.GetProperty("check_in");
        Assert.Equal((6, 5, "calf left 3/10"), (checkIn.GetProperty("effort").GetInt32(), checkIn.GetProperty("fatigue").GetInt32(),
            checkIn.GetProperty("niggles")[0].GetString()));

        var load = s.GetProperty("load");
        Assert.Equal(metrics[0].GetProperty("chronic_load").GetDouble(), load.GetProperty("chronic_load_start").GetDouble(), 9);
        Assert.Equal(metrics[7].GetProperty("chronic_load").GetDouble(), load.GetProperty("chronic_load_end").GetDouble(), 9);
        Assert.Equal(metrics[7].GetProperty("acwr_coupled").GetDouble(), load.GetProperty("acwr_end").GetDouble(), 9);
        Assert.Equal(metrics[7].GetProperty("form").GetDouble(), load.GetProperty("form_end").GetDouble(), 9);

        var ahead = s.GetProperty("week_ahead");
        Assert.Equal("2026-05-28", ahead.GetProperty("start").GetString());
        Assert.Equal(Days(plan, 2).Select(d => (d.GetProperty("date").GetString(), d.GetProperty("title").GetString())),
            ahead.GetProperty("sessions").EnumerateArray().Select(d => (d.GetProperty("date").GetString(), d.GetProperty("title").GetString())));
        Assert.Equal(("Demo half marathon", "2026-08-09"), (ahead.GetProperty("next_race").GetString(), ahead.GetProperty("next_race_date").GetString()));

        Assert.Equal("template", s.GetProperty("narrative_source").GetString());
        Assert.False(string.IsNullOrWhiteSpace(s.GetProperty("narrative").GetString()));
        await using var services = CommandContext.OpenServices(dir.Path);
        var record = await services.GetRequiredService<INarrationAudit>().GetAsync(s.GetProperty("narration_audit_id").GetInt64());
        Assert.NotNull(record);
        Assert.Equal((NarrationPurpose.WeeklySummary, "week:2026-05-21", new DateOnly(2026, 5, 21), "template"),
            (record.Purpose, record.Reference, record.NarratedFor, record.Source));
        Assert.Equal(s.GetProperty("narrative").GetString(), record.Text);
        using var subject = JsonDocument.Parse(record.SubjectJson);
        Assert.Equal(38_200, subject.RootElement.GetProperty("actual").GetProperty("run_distance_m").GetDouble(), 6);
        Assert.Equal(2, subject.RootElement.GetProperty("wellbeing").GetProperty("poor_sleep_nights").GetInt32());
    }

    [Fact]
    public async Task Summary_NoDataAtAll_ZerosNoPlanAndANarrative()
    {
        using var dir = new TempDirectory();

        var s = (await Ok(dir, "--date", "2026-05-20", "summary", "--json")).Json();

        Assert.Equal(("2026-05-13", "2026-05-19"), (s.GetProperty("week_start").GetString(), s.GetProperty("week_end").GetString()));
        Assert.Equal((0, 0, 0.0, 0.0), (s.GetProperty("activities").GetInt32(), s.GetProperty("previous_activities").GetInt32(),
            s.GetProperty("distance_m").GetDouble(), s.GetProperty("longest_run_m").GetDouble()));
        foreach (var empty in new[] { "plan", "load", "week_ahead", "easy_time_share_pct" })
            Assert.Equal(JsonValueKind.Null, s.GetProperty(empty).ValueKind);
        Assert.Equal(JsonValueKind.Null, s.GetProperty("wellbeing").GetProperty("check_in").ValueKind);
        Assert.Equal(("template", 1), (s.GetProperty("narrative_source").GetString(), s.GetProperty("narration_audit_id").GetInt32()));
        Assert.False(string.IsNullOrWhiteSpace(s.GetProperty("narrative").GetString()));

        var human = await Ok(dir, "--date", "2026-05-20", "summary");
        Assert.Contains("Week of 2026-05-13 to 2026-05-19", human.Stdout);
        Assert.Contains("Plan: no plan covers this week", human.Stdout);
        Assert.Contains("narration 2 · template", human.Stdout);
    }

    [Theory]
    [InlineData("2026-13-01", "coach: --week '2026-13-01': expected a date as yyyy-mm-dd")]
    [InlineData("2026-05-21", "coach: --week '2026-05-21': after the as-of day 2026-05-20; a summary reviews a week that has begun")]
    public async Task Summary_BadWeek_OneLineExitOne(string week, string message)
    {
        using var dir = new TempDirectory();

        var run = await CliRun.RunAsync("--data-dir", dir.Path, "--date", "2026-05-20", "summary", "--week", week);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(message, Assert.Single(run.StderrLines));
        Assert.Equal("", run.Stdout);
    }
}
