using Xunit;

namespace HybridCoach.Cli.Tests;

/// <summary>`coach metrics` from stored loads gives the figures it gave when it computed every load from the
/// full activities (before loads were stored), and `coach activity show` lists the loads with their derivations.</summary>
public class MetricsStoredLoadsTests
{
    // Figures printed by `coach metrics --json` before per-activity loads were stored (commit 03d55f8), for the
    // demo history of 2026-05-20 (3 months, seed 7) with threshold pace 4:25 and LTHR 165.
    [Fact]
    public async Task Metrics_DemoHistoryColdThenWarm_GivesTheFiguresOfBeforeLoadsWereStored()
    {
        using var data = new TempDirectory();
        await CliRun.RunAsync("demo", "--data-dir", data.Path, "--date", "2026-05-20", "--months", "3", "--json");
        string[] args = ["metrics", "--date", "2026-05-20", "--threshold-pace", "4:25", "--lthr", "165", "--data-dir", data.Path, "--json"];

        var cold = await CliRun.RunAsync(args);
        var warm = await CliRun.RunAsync(args);

        Assert.Equal(cold.Stdout, warm.Stdout);
        var json = warm.Json();
        Assert.Equal("rss", json.GetProperty("measure").GetString());
        Assert.Equal(66, json.GetProperty("activity_count").GetInt32());
        Assert.Equal("profile", json.GetProperty("threshold_pace_source").GetString());
        var last = json.GetProperty("days").EnumerateArray().Last();
        Assert.Equal(61.65854346991044, last.GetProperty("load").GetDouble(), 12);
        Assert.Equal(44.55010141218363, last.GetProperty("acute_load").GetDouble(), 12);
        Assert.Equal(38.87264468042638, last.GetProperty("chronic_load").GetDouble(), 12);
        Assert.Equal(1.1357741433402435, last.GetProperty("acwr_ewma").GetDouble(), 12);
        Assert.Equal(0.67, json.GetProperty("easy_pace_hr_trend").GetProperty("slope_bpm_per_four_weeks").GetDouble());
        Assert.Equal(51, json.GetProperty("easy_pace_hr_trend").GetProperty("runs").GetInt32());
        Assert.Equal(84.5, json.GetProperty("weekly_intensity")[0].GetProperty("pace_easy_percent").GetDouble());
        foreach (var run in json.GetProperty("steady_runs").EnumerateArray())
        {
            Assert.True(run.GetProperty("moving_time_s").GetDouble() >= 1200);
            Assert.Equal(run.GetProperty("mean_speed_m_per_min").GetDouble() / run.GetProperty("mean_hr_bpm").GetDouble(),
                run.GetProperty("efficiency_factor").GetDouble(), 2);
        }
    }

    // Foster (science.md §4): 45 min at RPE 6 → 270.
    [Fact]
    public async Task ActivityShow_ManualRunWithRpe_ListsEveryLoadWithItsDerivation()
    {
        using var data = new TempDirectory();
        var add = await CliRun.RunAsync("activity", "add", "--date", "2026-11-20", "--distance", "9km", "--duration", "45:00", "--rpe", "6", "--data-dir", data.Path, "--json");
        var id = add.Json().GetProperty("activity_id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);

        var json = (await CliRun.RunAsync("activity", "show", id, "--data-dir", data.Path, "--json")).Json();
        var table = await CliRun.RunAsync("activity", "show", id, "--data-dir", data.Path);

        var loads = json.GetProperty("loads").EnumerateArray().ToDictionary(l => l.GetProperty("measure").GetString()!);
        Assert.Equal(["duration", "distance", "srpe", "trimp", "rss"], loads.Keys);
        Assert.Equal(270, loads["srpe"].GetProperty("value").GetDouble(), 9);
        Assert.Equal("session_rpe_load", loads["srpe"].GetProperty("formula_id").GetString());
        Assert.Equal("RPE 6 × 45.0 min", loads["srpe"].GetProperty("derivation").GetString());
        Assert.Equal(45, loads["duration"].GetProperty("value").GetDouble(), 9);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, loads["trimp"].GetProperty("value").ValueKind);
        Assert.Equal("needs resting and max HR in the athlete profile", loads["trimp"].GetProperty("unavailable_reason").GetString());
        Assert.Equal("none", json.GetProperty("load_threshold_pace_source").GetString());
        Assert.Contains("RPE 6 × 45.0 min", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("session_rpe_load", table.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ActivityRpe_Changed_ShowsTheNewSessionRpeLoad()
    {
        using var data = new TempDirectory();
        var add = await CliRun.RunAsync("activity", "add", "--date", "2026-11-20", "--distance", "9km", "--duration", "45:00", "--rpe", "6", "--data-dir", data.Path, "--json");
        var id = add.Json().GetProperty("activity_id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        await CliRun.RunAsync("activity", "show", id, "--data-dir", data.Path, "--json");

        await CliRun.RunAsync("activity", "rpe", id, "8", "--data-dir", data.Path);
        var json = (await CliRun.RunAsync("activity", "show", id, "--data-dir", data.Path, "--json")).Json();

        var srpe = json.GetProperty("loads").EnumerateArray().Single(l => l.GetProperty("measure").GetString() == "srpe");
        Assert.Equal(360, srpe.GetProperty("value").GetDouble(), 9);
        Assert.Equal("RPE 8 × 45.0 min", srpe.GetProperty("derivation").GetString());
    }
}
