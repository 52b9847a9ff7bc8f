using HybridCoach.Testing;
using Xunit;

namespace HybridCoach.Cli.Tests;

public class InspectCommandTests
{
    [CorpusFact]
    public async Task Inspect_FitWithDeveloperFields_ReportsCountsSessionAndDeveloperFields()
    {
        var run = await CliRun.RunAsync("inspect", Corpus.Path("fit", "ActivityDevFields.fit"), "--json");

        Assert.Equal(0, run.ExitCode);
        var fit = run.Json().GetProperty("fit");
        // Garmin SDK reference decoding (expected/ActivityDevFields.fit.fitsdk.json): 3,601 records, 4 developer field descriptions.
        Assert.Equal(3601, fit.GetProperty("record_count").GetInt32());
        Assert.Equal(3601, fit.GetProperty("message_counts").GetProperty("record").GetInt32());
        Assert.Equal(4, fit.GetProperty("developer_fields").GetArrayLength());
        Assert.Contains(fit.GetProperty("developer_fields").EnumerateArray(), f => f.GetProperty("name").GetString() == "thingys" && f.GetProperty("units").GetString() == "thingys/min");
    }

    [Fact]
    public async Task Inspect_NotAnActivityFile_ExitsNonZeroNamingTheFile()
    {
        using var data = new TempDirectory();
        var text = data.Combine("notes.txt");
        await File.WriteAllTextAsync(text, "just some text");

        var run = await CliRun.RunAsync("inspect", text);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{text}: not a FIT, GPX or TCX file (content not recognised)", Assert.Single(run.StderrLines));
    }

    [CorpusFact]
    public async Task Inspect_GpxWithDtd_IsRefusedNotParsed()
    {
        using var data = new TempDirectory();
        var gpx = data.Combine("evil.gpx");
        await File.WriteAllTextAsync(gpx, """<?xml version="1.0"?><!DOCTYPE gpx [<!ENTITY x SYSTEM "file:///etc/passwd">]><gpx version="1.1"><trk><trkseg><trkpt lat="1" lon="2"><time>2020-01-01T00:00:00Z</time><name>&x;</name></trkpt></trkseg></trk></gpx>""");

        var run = await CliRun.RunAsync("inspect", gpx);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("DTD/external entities are not allowed", Assert.Single(run.StderrLines));
        Assert.DoesNotContain("root:", run.Stdout);
    }
}
