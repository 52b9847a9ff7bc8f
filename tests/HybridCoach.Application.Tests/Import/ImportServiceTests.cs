using HybridCoach.Application.Import;
using HybridCoach.Application.Tests.Fakes;
using HybridCoach.Domain.Activities;
using Xunit;

namespace HybridCoach.Application.Tests.Import;

public sealed class ImportServiceTests : IDisposable
{
    private static readonly DateTimeOffset Start = FakeActivity.Start;
    private readonly TempFolder _folder = new();
    private readonly InMemoryActivityStore _store = new();

    public void Dispose() => _folder.Dispose();

    private ImportService Service(FakeFitReader? fit = null) => new(_store, FakeReaders.All(fit));

    [Fact]
    public async Task ImportAsync_FolderTree_ImportsActivityFilesRecursivelyAndIgnoresOthers()
    {
        _folder.Write("a.fit", FakeActivity.Fit(Start, 10_000));
        _folder.Write("2023/b.GPX", FakeActivity.Gpx(Start.AddDays(-200), 5_000, 1500));
        _folder.Write("2023/deep/c.TCX", FakeActivity.Tcx(Start.AddDays(-300), 21_097.5, 6000, "trail_run"));
        _folder.Write("2023/notes.json", "{}"u8.ToArray());
        _folder.Write("readme.txt", "hello"u8.ToArray());

        var report = await Service().ImportAsync([_folder.Path]);

        Assert.Equal(3, report.Total);
        Assert.Equal(3, report.Imported);
        var c = report.Files.Single(f => f.SourcePath.EndsWith("c.TCX", StringComparison.Ordinal));
        Assert.Equal(ImportStatus.Imported, c.Status);
        Assert.Equal(Sport.TrailRunning, c.Sport);
        Assert.Equal(Start.AddDays(-300), c.StartTime);
        Assert.Equal(21_097.5, c.Distance!.Value.Meters);
        Assert.Equal(["fit", "gpx", "tcx"], _store.Activities.Select(a => a.Source.Format).Order());
    }

    [Fact]
    public async Task ImportAsync_SameFolderTwice_SecondRunImportsNothingAndReportsDuplicates()
    {
        _folder.Write("a.fit", FakeActivity.Fit(Start, 10_000));
        _folder.Write("b.gpx", FakeActivity.Gpx(Start.AddDays(1), 8_000));
        _folder.Write("c.tcx", FakeActivity.Tcx(Start.AddDays(2), 12_000));

        var first = await Service().ImportAsync([_folder.Path]);
        var second = await Service().ImportAsync([_folder.Path]);

        Assert.Equal(3, first.Imported);
        Assert.Equal(0, second.Imported);
        Assert.Equal(3, second.Duplicates);
        Assert.Equal(["duplicate of #1 (same content)", "duplicate of #2 (same content)", "duplicate of #3 (same content)"],
            second.Files.Select(f => f.Reason));
        Assert.Equal(3, _store.Activities.Count);
    }

    [Theory]
    [InlineData(59, 10_090, ImportStatus.Duplicate)] // 59 s later, 0.9 % longer
    [InlineData(-59, 9_910, ImportStatus.Duplicate)] // 59 s earlier, 0.9 % shorter
    [InlineData(61, 10_000, ImportStatus.Imported)] // 61 s apart
    [InlineData(30, 10_110, ImportStatus.Imported)] // 1.1 % longer
    public async Task ImportAsync_OtherRecordingOfStoredActivity_DuplicateWithin60sAnd1Percent(int secondsApart, double distanceM, ImportStatus expected)
    {
        _folder.Write("watch.fit", FakeActivity.Fit(Start, 10_000));
        _folder.Write("strava.gpx", FakeActivity.Gpx(Start.AddSeconds(secondsApart), distanceM));

        var report = await Service().ImportAsync([Path.Combine(_folder.Path, "watch.fit"), Path.Combine(_folder.Path, "strava.gpx")]);

        var gpx = report.Files[1];
        Assert.Equal(expected, gpx.Status);
        if (expected == ImportStatus.Duplicate)
        {
            Assert.Equal(1, gpx.ActivityId);
            Assert.Equal("duplicate of #1 (same start and distance)", gpx.Reason);
        }
    }

    [Fact]
    public async Task ImportAsync_CorruptFile_ReportedWithReaderMessageAndOthersImport()
    {
        var bad = _folder.Write("bad.fit", FakeActivity.Fit(Start, 10_000, extra: ";corrupt"));
        _folder.Write("good.fit", FakeActivity.Fit(Start.AddDays(1), 10_000));

        var report = await Service().ImportAsync([_folder.Path]);

        Assert.Equal(1, report.Imported);
        Assert.Equal(1, report.Failed);
        Assert.Equal($"{bad}: file CRC mismatch (stored 0x1A2B, computed 0x3C4D)", report.Files[0].Reason);
        Assert.False(report.NothingImported);
    }

    [Fact]
    public async Task ImportAsync_FileNamedWrongly_FormatDetectedByContent()
    {
        var misnamed = _folder.Write("export.dat", FakeActivity.Fit(Start, 10_000));
        var notActivity = _folder.Write("fake.fit", "just some text, not a FIT file"u8.ToArray());

        var report = await Service().ImportAsync([misnamed, notActivity]);

        Assert.Equal(ImportStatus.Imported, report.Files[0].Status);
        Assert.Equal("fit", _store.Activities[0].Source.Format);
        Assert.Equal(ImportStatus.Failed, report.Files[1].Status);
        Assert.Equal($"{notActivity}: not a FIT, GPX or TCX file (content not recognised)", report.Files[1].Reason);
        Assert.True(new ImportReport([report.Files[1]]).NothingImported);
    }

    [Fact]
    public async Task ImportAsync_MissingPath_ReportedAsFailed()
    {
        var missing = Path.Combine(_folder.Path, "nope");

        var report = await Service().ImportAsync([missing]);

        Assert.Equal($"{missing}: no such file or folder", Assert.Single(report.Files).Reason);
    }

    [Fact]
    public async Task ImportAsync_GzFile_ImportsDecompressedContentAndHashesIt()
    {
        var content = FakeActivity.Fit(Start, 10_000);
        var gz = _folder.Write("run.fit.gz", TestArchives.Gzip(content));
        var raw = _folder.Write("raw/run.fit", content);

        var report = await Service().ImportAsync([gz, raw]);

        Assert.Equal(ImportStatus.Imported, report.Files[0].Status);
        Assert.Equal(10_000, report.Files[0].Distance!.Value.Meters);
        // The raw file has the same decompressed bytes, hence the same SHA-256.
        Assert.Equal("duplicate of #1 (same content)", report.Files[1].Reason);
        Assert.Equal(Application.Activities.ContentHash.Sha256(content), _store.Activities[0].Source.ContentSha256);
    }

    [Fact]
    public async Task ImportAsync_StoreFailsOnSecondActivity_ReportedAndImportContinues()
    {
        _folder.Write("a.fit", FakeActivity.Fit(Start, 10_000));
        var b = _folder.Write("b.fit", FakeActivity.Fit(Start.AddDays(1), 10_000));
        _folder.Write("c.fit", FakeActivity.Fit(Start.AddDays(2), 10_000));
        _store.FailOnAddNumber = 2;

        var report = await Service().ImportAsync([_folder.Path]);

        Assert.Equal([ImportStatus.Imported, ImportStatus.Failed, ImportStatus.Imported], report.Files.Select(f => f.Status));
        Assert.Equal($"{b}: disk full", report.Files[1].Reason);
        Assert.Equal(2, _store.Activities.Count);
    }

    [Fact]
    public async Task ImportAsync_Progress_ReportsEveryFileAgainstKnownTotal()
    {
        for (var i = 0; i < 4; i++) _folder.Write($"{i}.fit", FakeActivity.Fit(Start.AddDays(i), 5_000));
        var seen = new List<ImportProgress>();

        await Service().ImportAsync([_folder.Path], progress: new SynchronousProgress<ImportProgress>(seen.Add));

        Assert.Equal([1, 2, 3, 4], seen.Select(p => p.Completed));
        Assert.All(seen, p => Assert.Equal(4, p.Total));
    }

    [Fact]
    public async Task ImportAsync_Salvage_PassedToReaders()
    {
        _folder.Write("a.fit", FakeActivity.Fit(Start, 10_000));
        var fit = new FakeFitReader();

        await Service(fit).ImportAsync([_folder.Path], new ImportOptions(Salvage: true));

        Assert.True(Assert.Single(fit.OptionsSeen).Salvage);
    }

    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
