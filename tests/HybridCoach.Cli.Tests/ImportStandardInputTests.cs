using System.IO.Compression;
using System.Text.Json;
using HybridCoach.Testing;
using Xunit;

namespace HybridCoach.Cli.Tests;

/// <summary>`coach import - --name NAME`: an activity file or an export zip from standard input, imported from the stream under the name given.</summary>
public class ImportStandardInputTests
{
    [CorpusFact]
    public async Task FitAndZip_FromStandardInput_ImportedUnderTheirNames()
    {
        using var data = new TempDirectory();
        var fit = await File.ReadAllBytesAsync(Corpus.Path("fit", "10kUNLP2014-Garmin15.fit"));
        var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        await using (var entry = archive.CreateEntry("activities/10k.fit").Open()) await entry.WriteAsync(fit);

        var single = await CoachProcess.RunWithInputAsync(fit, "--data-dir", data.Path, "--json", "import", "-", "--name", "race.fit");
        var exported = await CoachProcess.RunWithInputAsync(zip.ToArray(), "--data-dir", data.Path, "--json", "import", "-", "--name", "export.zip");

        Assert.True(single.ExitCode == 0, single.Stderr);
        var row = JsonDocument.Parse(single.Stdout).RootElement.GetProperty("files")[0];
        Assert.Equal(("race.fit", "imported"), (row.GetProperty("source").GetString(), row.GetProperty("status").GetString()));
        // Forerunner 15 session total_distance in the Garmin SDK reference decoding: 10,010.82 m.
        Assert.Equal(10_010.82, row.GetProperty("distance_m").GetDouble(), 2);
        Assert.True(exported.ExitCode == 0, exported.Stderr);
        var again = JsonDocument.Parse(exported.Stdout).RootElement.GetProperty("files")[0];
        Assert.Equal(("export.zip!/activities/10k.fit", "duplicate"), (again.GetProperty("source").GetString(), again.GetProperty("status").GetString()));
        Assert.DoesNotContain("hybridcoach-stdin-", single.Stdout + exported.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "import", "-" }, "PATH '-' reads standard input: give its file name with --name (e.g. --name export.zip)")]
    [InlineData(new[] { "import", "-", "other.fit", "--name", "a.fit" }, "PATH '-' (standard input) cannot be mixed with other paths")]
    [InlineData(new[] { "import", "other.fit", "--name", "a.fit" }, "--name 'a.fit': only with PATH '-' (standard input)")]
    public async Task StandardInputMisused_OneClearLine(string[] args, string expected)
    {
        using var data = new TempDirectory();

        var run = await CoachProcess.RunWithInputAsync([], ["--data-dir", data.Path, .. args]);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(expected, run.Stderr, StringComparison.Ordinal);
    }
}
