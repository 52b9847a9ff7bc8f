using Xunit;

namespace HybridCoach.Cli.Tests;

/// <summary>
/// Issue 3 item 6: with --date, data after the date is ignored, so a read command's output for a date is the
/// same before and after later data is imported.
/// </summary>
public class AsOfReadCommandsTests(AsOfDemoFiles demo) : IClassFixture<AsOfDemoFiles>
{
    /// <summary>Imports the files up to the date, runs the command, imports the later files, runs it again.</summary>
    private async Task<(CliRun Before, CliRun After)> RunAroundLaterImportAsync(TempDirectory data, params string[] command)
    {
        string[] run = [.. command, "--date", AsOfDemoFiles.AsOf, "--data-dir", data.Path, "--json"];
        Assert.Equal(0, (await CliRun.RunAsync(["import", .. demo.UpToAsOf, "--data-dir", data.Path, "--json"])).ExitCode);
        var before = await CliRun.RunAsync(run);
        Assert.Equal(0, (await CliRun.RunAsync(["import", .. demo.Later, "--data-dir", data.Path, "--json"])).ExitCode);
        return (before, await CliRun.RunAsync(run));
    }

    [Fact]
    public async Task Activities_LaterImport_SameListOfOnlyTheActivitiesUpToTheDate()
    {
        using var data = new TempDirectory();

        var (before, after) = await RunAroundLaterImportAsync(data, "activities");
        var everything = (await CliRun.RunAsync("activities", "--data-dir", data.Path, "--json")).Json();

        Assert.Equal(0, before.ExitCode);
        Assert.Equal(before.Stdout, after.Stdout);
        Assert.NotEmpty(demo.Later);
        Assert.Equal(demo.UpToAsOf.Length, after.Json().GetProperty("count").GetInt32());
        Assert.All(after.Json().GetProperty("activities").EnumerateArray(),
            a => Assert.True(string.CompareOrdinal(a.GetProperty("start_time").GetString()![..10], AsOfDemoFiles.AsOf) <= 0));
        Assert.Equal(demo.UpToAsOf.Length + demo.Later.Length, everything.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Activities_LimitWithDate_CountsOnlyActivitiesUpToTheDate()
    {
        using var data = new TempDirectory();

        var (before, after) = await RunAroundLaterImportAsync(data, "activities", "--limit", "3");

        Assert.Equal(before.Stdout, after.Stdout);
        var starts = after.Json().GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("start_time").GetString()![..10]).ToArray();
        Assert.Equal(3, starts.Length);
        Assert.Equal(Path.GetFileName(demo.UpToAsOf[^1])[..10], starts[0]);
    }

    [Fact]
    public async Task Zones_NoAnchorsGiven_AnchorToTheEstimateAsOfTheDateUnchangedByLaterImport()
    {
        using var data = new TempDirectory();

        var (before, after) = await RunAroundLaterImportAsync(data, "zones");
        var json = after.Json();

        Assert.Equal(0, before.ExitCode);
        Assert.Equal(before.Stdout, after.Stdout);
        Assert.Equal(AsOfDemoFiles.AsOf, json.GetProperty("as_of").GetString());
        Assert.Equal("estimate", json.GetProperty("threshold_pace_source").GetString());
        var estimate = json.GetProperty("threshold_pace_estimate");
        Assert.Equal(estimate.GetProperty("threshold_pace_s_per_km").GetDouble(), json.GetProperty("threshold_pace_s_per_km").GetDouble(), 1);
        Assert.Equal(6, json.GetProperty("pace_zones").GetArrayLength());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("lthr_bpm").ValueKind);
    }

    [Fact]
    public async Task AthleteShow_LaterImport_SameThresholdEstimate()
    {
        using var data = new TempDirectory();
        await CliRun.RunAsync("athlete", "set", "--name", "Ana", "--birth-year", "1990", "--sex", "female", "--data-dir", data.Path);

        var (before, after) = await RunAroundLaterImportAsync(data, "athlete", "show");
        var estimate = after.Json().GetProperty("threshold_pace_estimate");

        Assert.Equal(before.Stdout, after.Stdout);
        Assert.Equal(AsOfDemoFiles.AsOf, estimate.GetProperty("as_of").GetString());
        // Daniels' T pace table (science.md 1.3) runs from 6:24/km at VDOT 30 to 2:54/km at VDOT 80.
        Assert.InRange(estimate.GetProperty("threshold_pace_s_per_km").GetDouble(), 174, 384);
    }

    [Fact]
    public async Task Athletes_LaterImport_SameActivityCount()
    {
        using var data = new TempDirectory();

        var (before, after) = await RunAroundLaterImportAsync(data, "athletes");

        Assert.Equal(before.Stdout, after.Stdout);
        Assert.Equal(demo.UpToAsOf.Length, after.Json().GetProperty("athletes")[0].GetProperty("activity_count").GetInt32());
    }

    [Fact]
    public async Task Predict_WithDate_SameAsWithoutItBecauseItReadsNoHistory()
    {
        using var data = new TempDirectory();

        var (before, after) = await RunAroundLaterImportAsync(data, "predict", "--distance", "5k", "--time", "24:34");
        var undated = await CliRun.RunAsync("predict", "--distance", "5k", "--time", "24:34", "--data-dir", data.Path, "--json");

        Assert.Equal(before.Stdout, after.Stdout);
        Assert.Equal(undated.Stdout, after.Stdout);
        // science.md 1.1: 5 km in 24:34 is VDOT 39.110 (tlgs/vdot).
        Assert.Equal(39.11, after.Json().GetProperty("vdot").GetDouble(), 2);
    }
}
