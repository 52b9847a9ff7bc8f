using Xunit;

namespace HybridCoach.Cli.Tests;

/// <summary>
/// A profile threshold pace far from the history's estimate warns in `zones`, `plan generate` and `today`. The demo's
/// best recent effort is a 10 km in 41:20 (VDOT 50.0), whose Daniels T pace is 4:15/km (Daniels' table: VDOT 50 →
/// T 4:15/km); the demo profile says 4:22/km (2.7 % slower: no warning); 3:40/km is 16.0 % faster than 4:15/km.
/// </summary>
public class ThresholdWarningTests
{
    private static Task<CliRun> Run(TempDirectory dir, params string[] args) =>
        CliRun.RunAsync(["--data-dir", dir.Path, "--date", "2026-05-20", .. args]);

    [Fact]
    public async Task ProfileFarFromHistory_WarnsInZonesPlanGenerateAndToday()
    {
        using var dir = new TempDirectory();
        Assert.Equal(0, (await Run(dir, "demo", "--months", "3")).ExitCode);
        Assert.Equal(0, (await Run(dir, "athlete", "set", "--threshold-pace", "3:40")).ExitCode);

        foreach (var command in new[] { "zones", "today", "plan generate" })
        {
            var result = await Run(dir, [.. command.Split(' '), "--json"]);
            Assert.True(result.ExitCode == 0, result.Stderr);
            var warning = result.Json().GetProperty("threshold_warning");
            Assert.Equal(220, warning.GetProperty("profile_pace_s_per_km").GetDouble());
            Assert.Equal(16.0, warning.GetProperty("difference_pct").GetDouble(), 1);
            Assert.Equal(255, warning.GetProperty("estimate").GetProperty("threshold_pace_s_per_km").GetDouble(), 0);
            Assert.Equal(50.0, warning.GetProperty("estimate").GetProperty("vdot").GetDouble(), 1);
            Assert.StartsWith("threshold pace 3:40/km in the profile is 16.0 % faster than the history's estimate 4:15/km", warning.GetProperty("message").GetString());
        }
        var text = await Run(dir, "zones");
        Assert.Contains("Warning: threshold pace 3:40/km in the profile is 16.0 % faster", text.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProfileCloseToHistory_NoWarning()
    {
        using var dir = new TempDirectory();
        Assert.Equal(0, (await Run(dir, "demo", "--months", "3")).ExitCode);
        foreach (var command in new[] { "zones", "today" })
        {
            var result = await Run(dir, [.. command.Split(' '), "--json"]);
            Assert.Equal(System.Text.Json.JsonValueKind.Null, result.Json().GetProperty("threshold_warning").ValueKind);
        }
        Assert.DoesNotContain("Warning:", (await Run(dir, "today")).Stdout, StringComparison.Ordinal);
    }
}
