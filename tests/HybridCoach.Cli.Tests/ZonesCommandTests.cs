using Xunit;

namespace HybridCoach.Cli.Tests;

public class ZonesCommandTests
{
    /// <summary>Skiba's run pace zones as GoldenCheetah sets them (science.md 11.1) for a 4:30/km threshold.</summary>
    [Fact]
    public async Task Zones_Threshold4m30PerKm_GivesThePublishedPaceBoundaries()
    {
        using var data = new TempDirectory();
        var json = (await CliRun.RunAsync("zones", "--threshold-pace", "4:30", "--data-dir", data.Path, "--json")).Json();

        var slowest = json.GetProperty("pace_zones").EnumerateArray().Select(z => z.GetProperty("slowest_pace_s_per_km")).ToArray();
        Assert.Equal(6, slowest.Length);
        Assert.Equal([337.5, 310.3, 284.2, 257.1, 226.9], slowest.Skip(1).Select(p => p.GetDouble()).ToArray());
    }

    /// <summary>Friel's run HR zones (science.md 11.3) for LTHR 160: 85/90/95/100/103/106 % boundaries.</summary>
    [Fact]
    public async Task Zones_Lthr160_GivesFrielBoundaries()
    {
        using var data = new TempDirectory();
        var json = (await CliRun.RunAsync("zones", "--lthr", "160", "--data-dir", data.Path, "--json")).Json();

        var lower = json.GetProperty("hr_zones").EnumerateArray().Skip(1).Select(z => z.GetProperty("lower_bpm").GetDouble()).ToArray();
        Assert.Equal([136, 144, 152, 160, 164.8, 169.6], lower);
    }

    [Fact]
    public async Task Zones_MilesThreshold_IsConvertedToPerKm()
    {
        using var data = new TempDirectory();
        var json = (await CliRun.RunAsync("zones", "--threshold-pace", "8:00", "--units", "mi", "--data-dir", data.Path, "--json")).Json();

        // 480 s per mile ÷ 1.609344 km = 298.3 s per km.
        Assert.Equal(298.3, json.GetProperty("threshold_pace_s_per_km").GetDouble(), 1);
    }

    [Fact]
    public async Task Zones_NoAnchorAndNoHistory_ExitsNonZeroSayingWhatIsNeeded()
    {
        using var data = new TempDirectory();
        var run = await CliRun.RunAsync("zones", "--date", "2026-11-20", "--data-dir", data.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("coach: zones: give --threshold-pace and/or --lthr, or set them with `coach athlete set`; the history has no best efforts to estimate threshold pace from as of 2026-11-20", Assert.Single(run.StderrLines));
    }

    [Fact]
    public async Task Zones_NoOptions_UseTheAthleteProfile()
    {
        using var data = new TempDirectory();
        await CliRun.RunAsync("athlete", "set", "--name", "Ana", "--birth-year", "1990", "--sex", "female", "--threshold-pace", "4:30", "--lthr", "160", "--data-dir", data.Path);

        var json = (await CliRun.RunAsync("zones", "--data-dir", data.Path, "--json")).Json();

        Assert.Equal(270, json.GetProperty("threshold_pace_s_per_km").GetDouble());
        Assert.Equal(160, json.GetProperty("lthr_bpm").GetDouble());
        Assert.Equal(337.5, json.GetProperty("pace_zones")[1].GetProperty("slowest_pace_s_per_km").GetDouble());
    }
}
