using System.Text.Json;
using HybridCoach.Application.Narration;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace HybridCoach.Cli.Tests;

/// <summary>`coach session` on the plan demo season (plan from Thu 2026-05-21 to the goal half marathon on 2026-08-09 and its recovery week).</summary>
public class SessionCommandTests(PlanDemoSeason season) : IClassFixture<PlanDemoSeason>
{
    private JsonElement PlannedDay(Func<JsonElement, bool> pick) => season.Days.First(pick);

    [Fact]
    public async Task Session_FirstHardDay_StepsAndPacesAsPlanShowAndTheNoteOnFile()
    {
        var day = PlannedDay(d => d.GetProperty("hard").GetBoolean());
        var date = day.GetProperty("date").GetString()!;

        var run = await season.RunAsync("--date", date, "session", "--json");

        Assert.True(run.ExitCode == 0, run.Stderr);
        var s = run.Json();
        Assert.Equal((date, 1L), (s.GetProperty("date").GetString(), s.GetProperty("plan_version").GetInt64()));
        // The full prescription is `plan show`'s for that day, steps and pace bands included.
        Assert.Equal(JsonSerializer.Serialize(day), JsonSerializer.Serialize(s.GetProperty("session")));
        Assert.Contains("pace_fast_s_per_km", JsonSerializer.Serialize(s.GetProperty("session")));
        Assert.Equal(day.GetProperty("steps").GetArrayLength(), s.GetProperty("step_lines").GetArrayLength());
        var cycle = season.Plan.GetProperty("microcycles").EnumerateArray()
            .Single(m => m.GetProperty("days").EnumerateArray().Any(d => d.GetProperty("date").GetString() == date));
        Assert.Equal((cycle.GetProperty("index").GetInt32(), cycle.GetProperty("phase").GetString(), cycle.GetProperty("focus").GetString()),
            (s.GetProperty("microcycle").GetInt32(), s.GetProperty("phase").GetString(), s.GetProperty("focus").GetString()));
        Assert.Equal(PlanDemoSeason.GoalRaceDay.DayNumber - DateOnly.Parse(date).DayNumber, s.GetProperty("days_to_goal_race").GetInt32());
        Assert.Equal(("2026-08-09", 21_097.5), (s.GetProperty("goal_race_date").GetString(), s.GetProperty("goal_race_distance_m").GetDouble()));
        Assert.Equal("template", s.GetProperty("note_source").GetString());

        await using var services = CommandContext.OpenServices(season.DataDir);
        var record = await services.GetRequiredService<INarrationAudit>().GetAsync(s.GetProperty("narration_audit_id").GetInt64());
        Assert.NotNull(record);
        Assert.Equal((NarrationPurpose.SessionNote, $"session:{date}", s.GetProperty("note").GetString()), (record.Purpose, record.Reference, record.Text));
        using var subject = JsonDocument.Parse(record.SubjectJson);
        Assert.Equal(day.GetProperty("distance_m").GetDouble(), subject.RootElement.GetProperty("session").GetProperty("distance_m").GetDouble());
    }

    [Fact]
    public async Task Session_DateArgument_HumanOutputPointsToToday()
    {
        var day = PlannedDay(d => d.GetProperty("type").GetString() == "long");
        var date = day.GetProperty("date").GetString()!;

        var run = await season.RunAsync("session", date);

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains(day.GetProperty("title").GetString()!, run.Stdout);
        Assert.Contains($"Purpose: {day.GetProperty("purpose").GetString()}", run.Stdout);
        Assert.Contains($"run `coach today --date {date}`", run.Stdout);
    }

    [Fact]
    public async Task Session_DayOutsideThePlan_ExitOneNamingTheDate()
    {
        var run = await season.RunAsync("--date", PlanDemoSeason.AsOf, "session");

        Assert.Equal(1, run.ExitCode);
        var last = season.Days.Last().GetProperty("date").GetString();
        Assert.Equal($"coach: date 2026-05-20: outside the plan (version 1 runs from 2026-05-21 to {last})", Assert.Single(run.StderrLines));
    }

    [Fact]
    public async Task Session_NoPlan_NotFoundSaysHowToMakeOne()
    {
        using var dir = new TempDirectory();

        var run = await CliRun.RunAsync("--data-dir", dir.Path, "session", "2026-05-21");

        Assert.Equal(ExitCodes.NotFound, run.ExitCode);
        Assert.Equal("coach: no plan yet: generate one first", Assert.Single(run.StderrLines));
    }

    [Fact]
    public async Task Session_BadDate_OneLine()
    {
        var run = await season.RunAsync("session", "21/05/2026");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("coach: DATE '21/05/2026': expected a date as yyyy-mm-dd", Assert.Single(run.StderrLines));
    }
}
