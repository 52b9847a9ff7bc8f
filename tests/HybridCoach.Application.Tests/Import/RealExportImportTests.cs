using System.Text;
using HybridCoach.Application.Import;
using HybridCoach.Application.Tests.Fakes;
using HybridCoach.Domain.Activities;
using HybridCoach.Formats;
using HybridCoach.Formats.Fit;
using HybridCoach.Testing;
using Xunit;

namespace HybridCoach.Application.Tests.Import;

/// <summary>
/// Garmin and Strava export layouts built in the test around real corpus FIT files (read at test time,
/// never copied into the repository). Expected totals are the corpus reference decodings (expected/*.fitsdk.json).
/// </summary>
public sealed class RealExportImportTests : IDisposable
{
    private const string TenK = "10kUNLP2014-Garmin15.fit"; // running, 2014-10-11T18:08:45Z, 10010.82 m
    private const string Move = "Move_2020_01_15_19_27_16_Running.fit"; // running, 2020-01-15T18:27:16Z, 2338 m
    private const string Fenix = "garmin-fenix-5-run.fit"; // running, 2017-06-11T14:34:09Z, 157.56 m
    private readonly TempFolder _folder = new();
    private readonly InMemoryActivityStore _store = new();

    public void Dispose() => _folder.Dispose();

    private static byte[] CorpusFile(string name) => File.ReadAllBytes(Corpus.Path("fit", name));

    private Task<ImportReport> Import(string path) =>
        new ImportService(_store, [new FitActivityReader(), new FakeXmlReader(ActivityFileFormat.Gpx)]).ImportAsync([path]);

    [CorpusFact]
    public async Task ImportAsync_StravaExportWithRealFitGz_NamesAndTypesFromCsvTotalsFromFiles()
    {
        var csv = "Activity ID,Activity Date,Activity Name,Activity Type,Filename\n" +
            "1001,\"Oct 11, 2014, 6:08:45 PM\",UNLP 10K race,Run,activities/1001.fit.gz\n" +
            "1002,\"Jan 15, 2020, 6:27:16 PM\",Treadmill intervals,Treadmill,activities/1002.fit.gz\n";
        var zip = _folder.Write("export_98765.zip", TestArchives.Zip(
            ("activities.csv", Encoding.UTF8.GetBytes(csv)),
            ("activities/1001.fit.gz", TestArchives.Gzip(CorpusFile(TenK))),
            ("activities/1002.fit.gz", TestArchives.Gzip(CorpusFile(Move))),
            ("media/photo.jpg", [0xFF, 0xD8, 0xFF])));

        var report = await Import(zip);

        Assert.Equal(2, report.Imported);
        var race = _store.Activities[0].Summary;
        Assert.Equal("UNLP 10K race", race.Name);
        Assert.Equal(Sport.Running, race.Sport);
        Assert.Equal(new DateTimeOffset(2014, 10, 11, 18, 8, 45, TimeSpan.Zero), race.StartTime.ToUniversalTime());
        Assert.Equal(10_010.82, race.Distance.Meters, 2);
        var intervals = _store.Activities[1].Summary;
        Assert.Equal("Treadmill intervals", intervals.Name);
        Assert.Equal(Sport.TreadmillRunning, intervals.Sport);
        Assert.Equal(2338, intervals.Distance.Meters, 2);
        Assert.Equal($"{zip}!/activities/1001.fit.gz", _store.Activities[0].Source.FileName);
    }

    [CorpusFact]
    public async Task ImportAsync_GarminExportWithRealFit_ImportsUploadedFilesOnce()
    {
        var part1 = TestArchives.Zip(("runner@example.com_17012345.fit", CorpusFile(Fenix)), ("17012346_ACTIVITY.fit", CorpusFile(TenK)));
        var part2 = TestArchives.Zip(("17012346_ACTIVITY.fit", CorpusFile(TenK))); // the same upload twice, as exports do
        var zip = _folder.Write("garmin.zip", TestArchives.Zip(
            ("DI_CONNECT/DI-Connect-Fitness/runner@example.com_0_summarizedActivities.json", "[{}]"u8.ToArray()),
            ("DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip", part1),
            ("DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part2.zip", part2)));

        var report = await Import(zip);

        Assert.Equal([ImportStatus.Imported, ImportStatus.Imported, ImportStatus.Duplicate], report.Files.Select(f => f.Status));
        Assert.Equal("duplicate of #2 (same content)", report.Files[2].Reason);
        Assert.Equal(157.56, report.Files[0].Distance!.Value.Meters, 2);
        Assert.Equal(new DateTimeOffset(2017, 6, 11, 14, 34, 9, TimeSpan.Zero), report.Files[0].StartTime!.Value.ToUniversalTime());
    }
}
