using HybridCoach.Application.Import;
using HybridCoach.Domain.Activities;
using HybridCoach.Formats.Fit;
using HybridCoach.Storage.Sqlite;
using HybridCoach.Testing;
using Xunit;
using Xunit.Abstractions;

namespace HybridCoach.Storage.Tests;

/// <summary>Imports the real FIT recordings of the shared corpus into a real store.</summary>
public sealed class CorpusImportTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [CorpusFact]
    public async Task ImportAsync_FitCorpusTwice_SecondRunImportsNothing()
    {
        using var store = SqliteActivityStore.Open(_db.Path);
        var import = new ImportService(store, [new FitActivityReader()]);
        var folder = Corpus.Path("fit");

        var first = await import.ImportAsync([folder]);
        var second = await import.ImportAsync([folder]);

        foreach (var row in first.Files.Where(f => f.Status != ImportStatus.Imported))
            output.WriteLine($"{row.Status}: {row.Reason}");
        output.WriteLine($"first run: {first.Imported} imported, {first.Duplicates} duplicates, {first.Failed} failed of {first.Total}");
        Assert.Equal(81, first.Total);
        Assert.Equal(0, second.Imported);
        // The SDK's settings, workout, monitoring and weight samples are sound files of other kinds: skipped, not failed.
        Assert.Equal(4, first.Skipped);
        Assert.All(first.Files.Where(f => f.Status == ImportStatus.Skipped), f => Assert.Contains("skipped: not an activity", f.Reason, StringComparison.Ordinal));
        Assert.Equal(81, first.Imported + first.Duplicates + first.Failed + first.Skipped);
        // Second run: every stored file is a duplicate by content; the files that were already duplicates of
        // another recording (derived copies in the corpus) are again duplicates by start and distance.
        Assert.Equal(first.Imported, second.Files.Count(f => f.Reason?.EndsWith("(same content)", StringComparison.Ordinal) == true));
        Assert.Equal(first.Duplicates, second.Files.Count(f => f.Reason?.EndsWith("(same start and distance)", StringComparison.Ordinal) == true));
        Assert.Equal((first.Failed, first.Skipped), (second.Failed, second.Skipped));
        // activity_truncated.fit is the SDK sample cut before its lap/session (SOURCES.md): same start, same run.
        var original = first.Files.Single(f => Path.GetFileName(f.SourcePath) == "Activity-legacy-sdk.fit");
        var truncated = first.Files.Single(f => Path.GetFileName(f.SourcePath) == "activity_truncated.fit");
        Assert.Equal(ImportStatus.Imported, original.Status);
        Assert.Equal($"duplicate of #{original.ActivityId} (same start and distance)", truncated.Reason);
        foreach (var corrupt in new[] { "activity-filecrc.fit", "activity-unexpected-eof.fit", "activity-settings-corruptheader.fit" })
        {
            var row = first.Files.Single(f => Path.GetFileName(f.SourcePath) == corrupt);
            Assert.Equal(ImportStatus.Failed, row.Status);
            Assert.StartsWith(Path.Combine(folder, corrupt) + ": ", row.Reason);
        }
    }

    [CorpusFact]
    public async Task ImportAsync_GpxAndTcxCorpusTwice_SecondRunImportsNothing()
    {
        using var store = SqliteActivityStore.Open(_db.Path);
        var import = new ImportService(store, [new Formats.Gpx.GpxActivityReader(), new Formats.Tcx.TcxActivityReader()]);
        string[] folders = [Corpus.Path("gpx"), Corpus.Path("tcx")];

        var first = await import.ImportAsync(folders);
        var second = await import.ImportAsync(folders);

        foreach (var row in first.Files.Where(f => f.Status != ImportStatus.Imported))
            output.WriteLine($"{row.Status}: {row.Reason}");
        output.WriteLine($"first run: {first.Imported} imported, {first.Duplicates} duplicates, {first.Failed} failed of {first.Total}");
        Assert.True(first.Imported > 0);
        Assert.Equal(0, second.Imported);
        Assert.Equal(first.Imported, second.Files.Count(f => f.Reason?.EndsWith("(same content)", StringComparison.Ordinal) == true));
        Assert.Equal(first.Failed, second.Failed);
    }

    [CorpusFact]
    public async Task ImportAsync_SameActivityInThreeFormats_StoredOnce()
    {
        // SOURCES.md: 4801048867.fit (Forerunner 935, 36.3 km) was exported by Garmin Connect as GPX and
        // TCX and by Strava as GPX; 10kUNLP2014-Garmin15 exists as FIT and TCX.
        using var store = SqliteActivityStore.Open(_db.Path);
        var import = new ImportService(store,
            [new FitActivityReader(), new Formats.Gpx.GpxActivityReader(), new Formats.Tcx.TcxActivityReader()]);
        string[] files =
        [
            Corpus.Path("fit", "4801048867.fit"), Corpus.Path("gpx", "activity_4801048867.gpx"),
            Corpus.Path("gpx", "4801048867_strava.gpx"), Corpus.Path("tcx", "activity_4801048867.tcx"),
            Corpus.Path("fit", "10kUNLP2014-Garmin15.fit"), Corpus.Path("tcx", "10kUNLP2014-Garmin15.tcx"),
        ];

        var report = await import.ImportAsync(files);

        foreach (var row in report.Files) output.WriteLine($"{Path.GetFileName(row.SourcePath)}: {row.Status} #{row.ActivityId} {row.Distance}");
        Assert.Equal([ImportStatus.Imported, ImportStatus.Duplicate, ImportStatus.Duplicate, ImportStatus.Duplicate,
            ImportStatus.Imported, ImportStatus.Duplicate], report.Files.Select(f => f.Status));
        Assert.All(report.Files.Skip(1).Take(3), f => Assert.Equal("duplicate of #1 (same start and distance)", f.Reason));
        Assert.Equal("duplicate of #2 (same start and distance)", report.Files[5].Reason);
        Assert.Equal(2, await store.CountAsync(Application.Activities.ActivityQuery.All));
    }

    [CorpusTheory]
    [InlineData("big_activity.fit")]
    [InlineData("edge1040-activity_recent.fit")]
    [InlineData("Activity.fit")]
    public async Task GetAsync_RealFitFile_SamplesRoundTripWithinPrecision(string file)
    {
        var path = Corpus.Path("fit", file);
        var recording = new FitActivityReader().Read(File.ReadAllBytes(path), file, Formats.ActivityReadOptions.Strict);
        var original = ActivityFactory.Build(recording, new ActivitySource(file, "fit", file));
        using var store = SqliteActivityStore.Open(_db.Path);

        var read = (await store.GetAsync(await store.AddAsync(original)))!;

        Assert.Equal(original.Samples.TimestampsMs.ToArray(), read.Samples.TimestampsMs.ToArray());
        Assert.Equal(original.Samples.Channels, read.Samples.Channels);
        foreach (var channel in original.Samples.Channels)
        {
            var step = Math.Pow(10, -Samples.SampleColumnLayout.Decimals(channel));
            var expected = original.Samples.Column(channel).ToArray();
            var actual = read.Samples.Column(channel).ToArray();
            for (var i = 0; i < expected.Length; i++)
            {
                if (double.IsNaN(expected[i])) Assert.True(double.IsNaN(actual[i]));
                else Assert.True(Math.Abs(expected[i] - actual[i]) <= step / 2 * 1.000001, $"{channel}[{i}]: {expected[i]} vs {actual[i]}");
            }
        }
        Assert.Equal(original.Laps, read.Laps);
        Assert.Equal(original.BestEfforts, read.BestEfforts);
        output.WriteLine($"{file}: {original.Samples.Count} samples, {original.Samples.Channels.Count()} channels, " +
            $"file {new FileInfo(path).Length:N0} bytes, database {new FileInfo(_db.Path).Length + WalLength():N0} bytes");
    }

    private long WalLength() => File.Exists(_db.Path + "-wal") ? new FileInfo(_db.Path + "-wal").Length : 0;
}
