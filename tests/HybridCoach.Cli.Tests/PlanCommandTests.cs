using System.Text.Json;
using Xunit;

namespace HybridCoach.Cli.Tests;

public class PlanCommandTests(PlanDemoSeason season) : IClassFixture<PlanDemoSeason>
{
    private static string Date(JsonElement day) => day.GetProperty("date").GetString()!;

    [Fact]
    public void Generate_Demo_ThreeVariantsForTheGoalHalfMarathonFromTheProfile()
    {
        var generated = season.Generated;

        Assert.Equal(["conservative", "moderate", "aggressive"], generated.GetProperty("variants").EnumerateArray().Select(v => v.GetProperty("variant").GetString()));
        Assert.Equal("moderate", generated.GetProperty("active_variant").GetString());
        Assert.Equal("2026-05-21", generated.GetProperty("start").GetString());
        Assert.Equal("2026-08-09", generated.GetProperty("goal_race").GetProperty("date").GetString());
        Assert.Equal(21_097.5, generated.GetProperty("goal_race").GetProperty("distance_m").GetDouble());
        Assert.Equal(262, generated.GetProperty("fitness").GetProperty("threshold_pace_s_per_km").GetDouble());
        Assert.Equal(171, generated.GetProperty("fitness").GetProperty("lthr_bpm").GetDouble());
        Assert.Equal("marathoner", generated.GetProperty("runner_type").GetString());
        Assert.Equal(1, generated.GetProperty("first_microcycle").GetProperty("index").GetInt32());
    }

    [Fact]
    public void Show_Demo_RaceOnItsDateAndNoSessionOnTheClearMonday()
    {
        var days = season.Days.ToList();

        Assert.Equal("race", days.Single(d => Date(d) == "2026-08-09").GetProperty("type").GetString());
        var mondays = days.Where(d => DateOnly.Parse(Date(d), System.Globalization.CultureInfo.InvariantCulture).DayOfWeek == DayOfWeek.Monday).ToList();
        Assert.True(mondays.Count >= 12, $"{mondays.Count} Mondays");
        Assert.All(mondays, d => Assert.Equal(("rest", 0.0), (d.GetProperty("type").GetString(), d.GetProperty("distance_m").GetDouble())));
    }

    // Skiba pace zones (GoldenCheetah defaults, science.md §11.1) at threshold 262 s/km: lower bounds 0, 80, 87, 95,
    // 105, 119 % of threshold speed, i.e. zone edges at 327.5, 301.15, 275.79, 249.52 and 220.17 s/km.
    [Fact]
    public void Show_Demo_EveryPaceOfAZoneStepLiesInsideThatZone()
    {
        double[] fractions = [0, 0.80, 0.87, 0.95, 1.05, 1.19];
        var checkedSteps = 0;
        foreach (var step in season.Days.SelectMany(d => Leaves(d.GetProperty("steps"))))
        {
            var zone = step.GetProperty("zone").GetString();
            if (zone is not ['z', var digit] || step.GetProperty("pace_fast_s_per_km").ValueKind == JsonValueKind.Null) continue;
            var number = digit - '0';
            var slowest = number == 1 ? double.PositiveInfinity : 262 / fractions[number - 1];
            var fastest = number == 6 ? 0 : 262 / fractions[number];
            var (fast, slow) = (step.GetProperty("pace_fast_s_per_km").GetDouble(), step.GetProperty("pace_slow_s_per_km").GetDouble());
            Assert.True(fast >= fastest - 0.5 && slow <= slowest + 0.5, $"{zone}: {fast:0.0}–{slow:0.0} s/km outside {fastest:0.0}–{slowest:0.0}");
            checkedSteps++;
        }
        Assert.True(checkedSteps > 100, $"{checkedSteps} zone steps");
    }

    [Fact]
    public async Task Validate_Demo_EveryInvariantPassesExitZero()
    {
        var run = await season.RunAsync("plan", "validate", "--json");
        var json = run.Json();

        Assert.Equal(0, run.ExitCode);
        Assert.True(json.GetProperty("valid").GetBoolean());
        Assert.Equal(0, json.GetProperty("violation_count").GetInt32());
        Assert.Equal(15, json.GetProperty("invariants").GetArrayLength());
        Assert.Contains("acwr_ceiling", json.GetProperty("invariants").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task ShowWeek1Json_Demo_MicrocycleAndDayFields()
    {
        var json = (await season.RunAsync("plan", "show", "--week", "1", "--json")).Json();
        var cycle = Assert.Single(json.GetProperty("microcycles").EnumerateArray());
        var days = cycle.GetProperty("days").EnumerateArray().ToList();

        Assert.Equal((1, "base", false), (cycle.GetProperty("index").GetInt32(), cycle.GetProperty("phase").GetString(), cycle.GetProperty("recovery").GetBoolean()));
        Assert.Equal(7, days.Count);
        Assert.Equal("2026-05-21", Date(days[0]));
        Assert.Equal(days.Sum(d => d.GetProperty("distance_m").GetDouble()), cycle.GetProperty("planned_distance_m").GetDouble(), 6);
        foreach (var day in days)
        {
            foreach (var field in new[] { "date", "type", "hard", "distance_m", "duration_s", "steps" }) Assert.True(day.TryGetProperty(field, out _), field);
        }
        var easy = days.First(d => d.GetProperty("type").GetString() == "easy");
        Assert.Equal("5:03–5:25/km", easy.GetProperty("steps")[0].GetProperty("pace").GetString());
    }

    [Fact]
    public async Task CompareJson_Demo_ThreeVariantsWithCurvesOrderedByPeakVolume()
    {
        var json = (await season.RunAsync("plan", "compare", "--json")).Json();
        var variants = json.GetProperty("variants").EnumerateArray().ToList();
        var cycles = season.Plan.GetProperty("microcycle_count").GetInt32();

        Assert.Equal(["conservative", "moderate", "aggressive"], variants.Select(v => v.GetProperty("variant").GetString()));
        var peaks = variants.Select(v => v.GetProperty("peak_cycle_distance_m").GetDouble()).ToList();
        Assert.True(peaks[0] < peaks[1] && peaks[1] < peaks[2], string.Join(", ", peaks));
        Assert.All(variants, v => Assert.Equal(cycles, v.GetProperty("cycle_distance_m").GetArrayLength()));
        Assert.All(variants, v => Assert.Equal(season.Days.Count(), v.GetProperty("projected_days").GetArrayLength()));
        Assert.All(variants, v => Assert.True(v.GetProperty("acwr_max").GetDouble() > 0.5));
    }

    [Fact]
    public async Task Today_ADayOfThePlan_ShowsThatDaysPlannedSession()
    {
        var sunday = season.Days.Single(d => Date(d) == "2026-05-24");

        var json = (await season.RunAsync("--date", "2026-05-24", "today", "--json")).Json();
        var human = await season.RunAsync("--date", "2026-05-24", "today");

        var planned = json.GetProperty("planned_session");
        Assert.Equal("long", planned.GetProperty("type").GetString());
        Assert.Equal(sunday.GetProperty("distance_m").GetDouble(), planned.GetProperty("distance_m").GetDouble());
        Assert.Contains("Planned session: " + sunday.GetProperty("title").GetString(), human.Stdout);
        Assert.Contains("@ 5:03–5:25/km (z2)", human.Stdout);
    }

    internal static IEnumerable<JsonElement> Leaves(JsonElement steps)
    {
        foreach (var step in steps.EnumerateArray())
        {
            if (step.GetProperty("kind").GetString() == "repeat")
                foreach (var child in Leaves(step.GetProperty("steps"))) yield return child;
            else yield return step;
        }
    }
}
