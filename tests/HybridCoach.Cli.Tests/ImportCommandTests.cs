using System.IO.Compression;
using HybridCoach.Testing;
using Xunit;

namespace HybridCoach.Cli.Tests;

public class ImportCommandTests
{
    [CorpusFact]
    public async Task Import_RealRunTwice_ImportsOnceThenReportsTheDuplicate()
    {
        using var data = new TempDirectory();
        var file = Corpus.Path("fit", "10kUNLP2014-Garmin15.fit");

        var first = await CliRun.RunAsync("import", file, "--data-dir", data.Path, "--json");
        var second = await CliRun.RunAsync("import", file, "--data-dir", data.Path, "--json");

        Assert.Equal(0, first.ExitCode);
        var row = first.Json().GetProperty("files")[0];
        Assert.Equal("imported", row.GetProperty("status").GetString());
        Assert.Equal("run", row.GetProperty("sport").GetString());
        // Forerunner 15 session total_distance in the Garmin SDK reference decoding: 10,010.82 m.
        Assert.Equal(10_010.82, row.GetProperty("distance_m").GetDouble(), 2);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal("duplicate", second.Json().GetProperty("files")[0].GetProperty("status").GetString());
    }

    [CorpusFact]
    public async Task Import_SameRunAsFitAndTcx_StoresItOnce()
    {
        using var data = new TempDirectory();

        var run = await CliRun.RunAsync("import", Corpus.Path("fit", "10kUNLP2014-Garmin15.fit"), Corpus.Path("tcx", "10kUNLP2014-Garmin15.tcx"), "--data-dir", data.Path, "--json");

        var json = run.Json();
        Assert.Equal(1, json.GetProperty("imported").GetInt32());
        Assert.Equal(1, json.GetProperty("duplicates").GetInt32());
        Assert.Contains("same start and distance", json.GetProperty("files")[1].GetProperty("reason").GetString());
    }

    [CorpusFact]
    public async Task Import_OnlyACorruptFile_ExitsNonZeroWithOneStderrLineNamingFileAndReason()
    {
        using var data = new TempDirectory();
        var file = Corpus.Path("fit", "activity-filecrc.fit");

        var run = await CliRun.RunAsync("import", file, "--data-dir", data.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{file}: file CRC mismatch (stored 0xB1D5, computed 0xA1D5)", Assert.Single(run.StderrLines));
    }

    [CorpusFact]
    public async Task Import_GoodAndCorruptFiles_ExitsZeroAndKeepsTheGoodOne()
    {
        using var data = new TempDirectory();

        var run = await CliRun.RunAsync("import", Corpus.Path("fit", "activity-unexpected-eof.fit"), Corpus.Path("fit", "garmin-fenix-5-run.fit"), "--data-dir", data.Path, "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(1, run.Json().GetProperty("imported").GetInt32());
        Assert.Contains("truncated: file ends at byte 768", Assert.Single(run.StderrLines));
    }

    [CorpusFact]
    public async Task Import_TruncatedFileWithSalvage_ImportsTheDecodedRecords()
    {
        using var data = new TempDirectory();

        var run = await CliRun.RunAsync("import", Corpus.Path("fit", "nick.fit"), "--salvage", "--data-dir", data.Path, "--json");
        var row = run.Json().GetProperty("files")[0];
        var id = row.GetProperty("activity_id").GetInt64();
        var show = await CliRun.RunAsync("activity", "show", id.ToString(), "--data-dir", data.Path, "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("imported", row.GetProperty("status").GetString());
        Assert.Contains("truncated", row.GetProperty("reason").GetString());
        // 14,391 records decode before the missing file CRC (fitdecode and the Garmin SDK stop at the same byte).
        Assert.Equal(14_391, show.Json().GetProperty("sample_count").GetInt32());
    }

    [Fact]
    public async Task Import_ZipBomb_FailsWithAZipBombReason()
    {
        using var data = new TempDirectory();
        var bomb = data.Combine("bomb.zip");
        using (var zip = ZipFile.Open(bomb, ZipArchiveMode.Create))
        using (var entry = zip.CreateEntry("run.fit", CompressionLevel.SmallestSize).Open())
        {
            entry.Write(new byte[8 * 1024 * 1024]);
        }

        var run = await CliRun.RunAsync("import", bomb, "--data-dir", data.Combine("store"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("zip bomb", Assert.Single(run.StderrLines));
        Assert.StartsWith(bomb, run.StderrLines[0]);
    }

    [Fact]
    public async Task Import_MissingPath_ExitsNonZeroNamingThePath()
    {
        using var data = new TempDirectory();
        var missing = data.Combine("nope", "run.fit");

        var run = await CliRun.RunAsync("import", missing, "--data-dir", data.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.StderrLines, line => line.Contains(missing, StringComparison.Ordinal));
    }
}
