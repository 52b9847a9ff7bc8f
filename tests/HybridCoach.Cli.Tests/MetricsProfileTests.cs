using Xunit;

namespace HybridCoach.Cli.Tests;

/// <summary>`coach metrics` takes its physiology from the athlete profile; options override it.</summary>
public class MetricsProfileTests
{
    /// <summary>science.md 5: max 200, rest 40, 30 min at 130 bpm → Banister TRIMP 31.8025 (men), 37.1285 (women).</summary>
    [Theory]
    [InlineData(null, 37.13)]
    [InlineData("male", 31.80)]
    public async Task Metrics_TrimpWithProfile_UsesTheProfilesSexUnlessOverridden(string? sexOverride, double expectedTrimp)
    {
        using var data = new TempDirectory();
        await CliRun.RunAsync("athlete", "set", "--name", "Ana", "--birth-year", "1990", "--sex", "female", "--max-hr", "200", "--resting-hr", "40", "--data-dir", data.Path);
        await CliRun.RunAsync("activity", "add", "--date", "2026-11-20", "--distance", "6km", "--duration", "30:00", "--avg-hr", "130", "--data-dir", data.Path);
        string[] args = ["metrics", "--date", "2026-11-20", "--load", "trimp", "--data-dir", data.Path, "--json"];
        if (sexOverride is not null) args = [.. args, "--sex", sexOverride];

        var json = (await CliRun.RunAsync(args)).Json();

        var lastDay = json.GetProperty("days").EnumerateArray().Last();
        Assert.Equal(expectedTrimp, lastDay.GetProperty("load").GetDouble(), 2);
    }
}
