using Xunit;

namespace HybridCoach.Cli.Tests;

public class PredictCommandTests
{
    /// <summary>science.md 1.1: 5 km in 24:34 → VDOT 39.110 (tlgs/vdot); 10 km in 40:00 → 51.944.</summary>
    [Theory]
    [InlineData("5k", "24:34", 39.11)]
    [InlineData("10km", "40:00", 51.94)]
    public async Task Predict_PublishedWorkedExample_PrintsItsVdot(string distance, string time, double vdot)
    {
        var run = await CliRun.RunAsync("predict", "--distance", distance, "--time", time, "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(vdot, run.Json().GetProperty("vdot").GetDouble(), 2);
    }

    [Fact]
    public async Task Predict_FiveKIn20_GivesBothMethodsForNineDistancesInOrder()
    {
        var json = (await CliRun.RunAsync("predict", "--distance", "5k", "--time", "20:00", "--json")).Json();

        var predictions = json.GetProperty("predictions").EnumerateArray().ToArray();
        Assert.Equal(18, predictions.Length);
        var vdotTimes = predictions.Where(p => p.GetProperty("method").GetString() == "vdot").Select(p => p.GetProperty("time_s").GetDouble()).ToArray();
        Assert.Equal(vdotTimes.Order(), vdotTimes);
        // Riegel (science.md 2): 20:00 × (10/5)^1.06 = 2501.92 s.
        Assert.Contains(predictions, p => p.GetProperty("distance").GetString() == "10k" && p.GetProperty("method").GetString() == "riegel" && Math.Abs(p.GetProperty("time_s").GetDouble() - 2501.9) < 0.1);
    }

    [Fact]
    public async Task Predict_BadTime_ExitsNonZeroNamingTheOption()
    {
        var run = await CliRun.RunAsync("predict", "--distance", "5k", "--time", "soon");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("coach: --time 'soon'", Assert.Single(run.StderrLines));
    }
}
