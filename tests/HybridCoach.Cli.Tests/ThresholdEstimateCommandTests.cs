using HybridCoach.Testing;
using Xunit;

namespace HybridCoach.Cli.Tests;

public class ThresholdEstimateCommandTests
{
    /// <summary>
    /// The UNLP 10 km race (Forerunner 15, 10,010.82 m in 37:04) gives a 10k best effort just under 37:04,
    /// i.e. a VDOT between Daniels' rows 54 and 57, whose T pace lies between the book's 4:15/km (VDOT 50)
    /// and 3:40/km (VDOT 60).
    /// </summary>
    [CorpusFact]
    public async Task AthleteShow_AfterARace_EstimatesThresholdPaceFromItsBestEffort()
    {
        using var data = new TempDirectory();
        await CliRun.RunAsync("import", Corpus.Path("fit", "10kUNLP2014-Garmin15.fit"), "--data-dir", data.Path);
        await CliRun.RunAsync("athlete", "set", "--name", "Ana", "--birth-year", "1990", "--sex", "female", "--data-dir", data.Path);

        var estimate = (await CliRun.RunAsync("athlete", "show", "--date", "2014-10-20", "--data-dir", data.Path, "--json")).Json().GetProperty("threshold_pace_estimate");

        Assert.Equal("daniels_t_pace", estimate.GetProperty("method").GetString());
        Assert.InRange(estimate.GetProperty("vdot").GetDouble(), 54, 57);
        Assert.InRange(estimate.GetProperty("threshold_pace_s_per_km").GetDouble(), 220, 255);
        Assert.Contains("10k", estimate.GetProperty("evidence").GetString());
    }

    [CorpusFact]
    public async Task AthleteShow_AsOfBeforeTheRace_HasNoEstimate()
    {
        using var data = new TempDirectory();
        await CliRun.RunAsync("import", Corpus.Path("fit", "10kUNLP2014-Garmin15.fit"), "--data-dir", data.Path);
        await CliRun.RunAsync("athlete", "set", "--name", "Ana", "--birth-year", "1990", "--sex", "female", "--data-dir", data.Path);

        var json = (await CliRun.RunAsync("athlete", "show", "--date", "2014-10-10", "--data-dir", data.Path, "--json")).Json();

        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("threshold_pace_estimate").ValueKind);
    }
}
