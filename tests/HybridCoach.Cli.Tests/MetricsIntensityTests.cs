using Xunit;

namespace HybridCoach.Cli.Tests;

/// <summary>With zones, `coach metrics` adds the weekly intensity distribution and the easy-pace HR trend.</summary>
public class MetricsIntensityTests
{
    [Fact]
    public async Task Metrics_WithZonesOnADemoHistory_ReportsWeeklyIntensityAndTheEasyPaceTrend()
    {
        using var data = new TempDirectory();
        await CliRun.RunAsync("demo", "--data-dir", data.Path, "--date", "2026-05-20", "--months", "3", "--json");

        var json = (await CliRun.RunAsync("metrics", "--date", "2026-05-20", "--threshold-pace", "4:25", "--lthr", "165", "--data-dir", data.Path, "--json")).Json();

        var weeks = json.GetProperty("weekly_intensity").EnumerateArray().ToArray();
        Assert.Equal(5, weeks.Length); // the 28 days ending on Wednesday 2026-05-20 touch five Monday-based weeks
        foreach (var week in weeks.Where(w => w.GetProperty("pace_easy_percent").ValueKind == System.Text.Json.JsonValueKind.Number))
        {
            var sum = week.GetProperty("pace_easy_percent").GetDouble() + week.GetProperty("pace_moderate_percent").GetDouble() + week.GetProperty("pace_hard_percent").GetDouble();
            Assert.Equal(100, sum, 0);
            Assert.Equal(6, week.GetProperty("pace_zone_min").EnumerateObject().Count());
            Assert.Equal(7, week.GetProperty("hr_zone_min").EnumerateObject().Count());
        }
        var trend = json.GetProperty("easy_pace_hr_trend");
        Assert.True(trend.GetProperty("runs").GetInt32() >= 6);
        Assert.Equal("2026-05-20", trend.GetProperty("as_of").GetString());
    }

    [Fact]
    public async Task Metrics_WithoutZones_HasNoIntensityOrTrend()
    {
        using var data = new TempDirectory();
        await CliRun.RunAsync("activity", "add", "--date", "2026-05-19", "--distance", "10km", "--duration", "50:00", "--data-dir", data.Path);

        var json = (await CliRun.RunAsync("metrics", "--date", "2026-05-20", "--data-dir", data.Path, "--json")).Json();

        Assert.Equal(0, json.GetProperty("weekly_intensity").GetArrayLength());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("easy_pace_hr_trend").ValueKind);
    }
}
