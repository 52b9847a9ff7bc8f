using HybridCoach.Testing;
using Xunit;

namespace HybridCoach.Cli.Tests;

/// <summary>
/// The import report is one summary line plus the problems; files that are not activities (a FIT settings or
/// monitoring file, a GPX route) are "skipped: not an activity", not failures; --verbose lists every file.
/// </summary>
public class ImportReportQuietTests
{
    [CorpusFact]
    public async Task MixedFolder_OneSummaryLine_FailuresOnStderr_NotActivitiesSkipped()
    {
        using var data = new TempDirectory();
        using var folder = new TempDirectory();
        foreach (var (dir, name) in new[] { ("fit", "10kUNLP2014-Garmin15.fit"), ("fit", "Settings.fit"), ("fit", "MonitoringFile.fit"), ("gpx", "route.gpx") })
            File.Copy(Corpus.Path(dir, name), Path.Combine(folder.Path, name));
        await File.WriteAllTextAsync(Path.Combine(folder.Path, "broken.fit"), "not a fit file at all");

        var quiet = await CliRun.RunAsync("import", folder.Path, "--data-dir", data.Path);

        Assert.Equal(0, quiet.ExitCode);
        Assert.Equal(["1 imported, 0 duplicates, 1 failed, 3 skipped (3 not activities) of 5"], quiet.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var problem = Assert.Single(quiet.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("broken.fit: not a FIT, GPX or TCX file", problem, StringComparison.Ordinal);

        var json = (await CliRun.RunAsync("import", folder.Path, "--data-dir", data.Path, "--json")).Json();
        var reasons = json.GetProperty("files").EnumerateArray().Where(f => f.GetProperty("status").GetString() == "skipped")
            .Select(f => f.GetProperty("reason").GetString()!).Order().ToList();
        Assert.Equal(3, reasons.Count);
        Assert.All(reasons, r => Assert.Contains(": skipped: not an activity (", r, StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.EndsWith("(a FIT monitoring_b file, not an activity)", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.Contains("route.gpx: skipped: not an activity (no track points: the file holds a route of 55 points", StringComparison.Ordinal));

        var verbose = await CliRun.RunAsync("import", folder.Path, "--data-dir", data.Path, "--verbose");
        foreach (var name in new[] { "10kUNLP2014-Garmin15.fit", "Settings.fit", "MonitoringFile.fit", "route.gpx", "broken.fit" })
            Assert.Contains(name, verbose.Stdout, StringComparison.Ordinal);
        Assert.Contains("0 imported, 1 duplicates, 1 failed, 3 skipped (3 not activities) of 5", verbose.Stdout, StringComparison.Ordinal);
    }
}
