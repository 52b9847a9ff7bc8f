using Xunit;

namespace HybridCoach.Cli.Tests;

/// <summary>Plausible inputs only: results faster than the world record, VDOT outside 15–90, runs at impossible speeds or without a distance, a threshold faster than any one-hour race: a clear error naming the input, nothing stored.</summary>
public class PlausibleInputTests
{
    [Theory]
    [InlineData("predict --distance 5k --time 9:00", "--time: 5.00 km in 9:00 is faster than any human has run it (the bound is 12:35, from the world record 5000 m 12:35.36, Joshua Cheptegei 2020)")]
    [InlineData("predict --distance marathon --time 1:59:00", "--time: 42.20 km in 1:59:00 is faster than any human has run it (the bound is 2:00:35, from the world record marathon 2:00:35, Kelvin Kiptum 2023)")]
    [InlineData("predict --distance 5k --time 59:00", "--time: 5.00 km in 0:59:00 gives VDOT 13.0, outside 15–90")]
    [InlineData("activity add --distance 10km --duration 10:00", "--distance and --duration: 10.00 km in 10:00 is faster than any human has run it")]
    [InlineData("activity add --distance 0km --duration 30:00", "--distance 0: a run needs a distance above 0")]
    [InlineData("athlete set --name Ana --birth-year 1990 --sex female --threshold-pace 2:30", "threshold_pace_s_per_km 150: expected 163.5 to 900")]
    public async Task Implausible_ExitsOneNamingTheInput_NothingStored(string command, string message)
    {
        using var dir = new TempDirectory();
        var result = await CliRun.RunAsync(["--data-dir", dir.Path, "--date", "2026-05-20", .. command.Split(' ')]);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        var activities = await CliRun.RunAsync(["--data-dir", dir.Path, "--date", "2026-05-20", "activities", "--json"]);
        Assert.Equal((0, 0), (activities.ExitCode, activities.Json().GetProperty("activities").GetArrayLength()));
    }

    [Fact]
    public async Task WorldRecordPace_Itself_Accepted()
    {
        using var dir = new TempDirectory();
        var result = await CliRun.RunAsync(["--data-dir", dir.Path, "predict", "--distance", "half", "--time", "57:30", "--json"]);
        Assert.Equal(0, result.ExitCode);
        Assert.InRange(result.Json().GetProperty("vdot").GetDouble(), 85, 90);
    }
}
