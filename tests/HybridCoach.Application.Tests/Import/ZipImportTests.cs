using System.IO.Compression;
using HybridCoach.Application.Import;
using HybridCoach.Application.Tests.Fakes;
using HybridCoach.Domain.Activities;
using Xunit;

namespace HybridCoach.Application.Tests.Import;

public sealed class ZipImportTests : IDisposable
{
    private static readonly DateTimeOffset Start = FakeActivity.Start;
    private readonly TempFolder _folder = new();
    private readonly InMemoryActivityStore _store = new();

    public void Dispose() => _folder.Dispose();

    private Task<ImportReport> Import(string path, ImportLimits? limits = null) =>
        new ImportService(_store, FakeReaders.All()).ImportAsync([path], new ImportOptions(Limits: limits));

    [Fact]
    public async Task ImportAsync_PathTraversalEntry_RefusedAndSafeEntriesImport()
    {
        var zip = _folder.Write("evil.zip", TestArchives.Zip(
            ("../../evil.fit", FakeActivity.Fit(Start, 10_000)),
            ("/etc/abs.fit", FakeActivity.Fit(Start.AddDays(1), 10_000)),
            ("runs/ok.fit", FakeActivity.Fit(Start.AddDays(2), 10_000))));

        var report = await Import(zip);

        Assert.Equal(
            [
                $"{zip}!/../../evil.fit: unsafe zip entry name (path traversal); not imported",
                $"{zip}!//etc/abs.fit: unsafe zip entry name (absolute path); not imported",
            ],
            report.Files.Where(f => f.Status == ImportStatus.Failed).Select(f => f.Reason));
        Assert.Equal($"{zip}!/runs/ok.fit", report.Files.Single(f => f.Status == ImportStatus.Imported).SourcePath);
        Assert.Single(_store.Activities);
    }

    [Fact]
    public async Task ImportAsync_ZipBombEntry_FailsWithRatioErrorOthersImport()
    {
        // 2 MiB of zeros deflates to about 2 KiB: far beyond 100:1 once past the first MiB.
        var zip = _folder.Write("bomb.zip", TestArchives.Zip(
            ("bomb.fit", new byte[2 * 1024 * 1024]),
            ("ok.fit", FakeActivity.Fit(Start, 10_000))));

        var report = await Import(zip);

        var bomb = report.Files[0];
        Assert.Equal(ImportStatus.Failed, bomb.Status);
        Assert.StartsWith($"{zip}!/bomb.fit: zip bomb: entry bomb.fit expands beyond 100:1 (more than 1", bomb.Reason);
        Assert.Equal(ImportStatus.Imported, report.Files[1].Status);
    }

    [Fact]
    public async Task ImportAsync_EntryBeyondSizeCap_FailsWithSizeError()
    {
        var random = new Random(7);
        var noise = new byte[100 * 1024];
        random.NextBytes(noise);
        var zip = _folder.Write("big.zip", TestArchives.Zip(("big.fit", noise)));

        var report = await Import(zip, new ImportLimits(MaxEntryBytes: 64 * 1024));

        Assert.Equal($"{zip}!/big.fit: zip bomb: entry big.fit expands beyond 64 KiB", Assert.Single(report.Files).Reason);
    }

    [Fact]
    public async Task ImportAsync_GzBomb_FailsWithRatioError()
    {
        var gz = _folder.Write("bomb.fit.gz", TestArchives.Gzip(new byte[3 * 1024 * 1024]));

        var report = await Import(gz);

        Assert.StartsWith($"{gz}: gzip bomb: {gz} expands beyond 100:1", Assert.Single(report.Files).Reason);
    }

    /// <summary>Issue 15 item 7: a gzip cut before its trailer imported silently; a damaged CRC was "an unsupported compression method".</summary>
    [Theory]
    [InlineData("cut", "damaged gzip: its trailer (CRC-32 and size) does not match the data (cut short, or several gzip members)")]
    [InlineData("crc", "damaged gzip: its deflate data or CRC-32 does not check out")]
    [InlineData("members", "damaged gzip: its trailer (CRC-32 and size) does not match the data (cut short, or several gzip members)")]
    public async Task ImportAsync_DamagedGzip_FailsNamingTheCheck(string damage, string reason)
    {
        var good = TestArchives.Gzip(FakeActivity.Tcx(Start, 6_000));
        var bytes = damage switch
        {
            "cut" => good[..^8],
            "crc" => [.. good[..^6], (byte)(good[^6] ^ 0xFF), .. good[^5..]],
            _ => [.. good, .. TestArchives.Gzip(FakeActivity.Tcx(Start.AddDays(1), 5_000))],
        };
        var gz = _folder.Write($"{damage}.tcx.gz", bytes);

        var report = await Import(gz);

        Assert.Equal($"{gz}: not a readable compressed file ({reason})", Assert.Single(report.Files).Reason);
    }

    /// <summary>Issue 15 item 7: a zip's CRC-32 was never checked, so a damaged stored entry imported with changed values.</summary>
    [Fact]
    public async Task ImportAsync_ZipEntryWithWrongCrc_FailsNamingIt()
    {
        var content = FakeActivity.Tcx(Start, 6_000);
        var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        using (var stream = archive.CreateEntry("run.tcx", CompressionLevel.NoCompression).Open())
            stream.Write(content);
        var bytes = buffer.ToArray();
        var at = bytes.AsSpan().IndexOf("distance_m=6000"u8);
        Assert.True(at > 0);
        bytes[at + "distance_m=".Length] = (byte)'9'; // 9000 m instead of 6000: the stored data changes, the recorded CRC-32 does not
        var zip = _folder.Write("damaged.zip", bytes);

        var report = await Import(zip);

        var row = Assert.Single(report.Files);
        Assert.Equal(0, report.Imported);
        Assert.True(row.Reason!.Contains("zip entry run.tcx is damaged: its CRC-32 ", StringComparison.Ordinal), row.Reason);
    }

    [Fact]
    public async Task ImportAsync_SoundGzip_Imported()
    {
        var gz = _folder.Write("run.tcx.gz", TestArchives.Gzip(FakeActivity.Tcx(Start, 6_000)));

        var report = await Import(gz);

        Assert.Equal(1, report.Imported);
    }

    [Fact]
    public async Task ImportAsync_NestedZips_OpensTwoLevelsAndSkipsDeeper()
    {
        var deepest = TestArchives.Zip(("too-deep.fit", FakeActivity.Fit(Start.AddDays(9), 1_000)));
        var inner = TestArchives.Zip(("inner.fit", FakeActivity.Fit(Start.AddDays(1), 5_000)), ("deeper.zip", deepest));
        var zip = _folder.Write("outer.zip", TestArchives.Zip(("outer.fit", FakeActivity.Fit(Start, 10_000)), ("inner.zip", inner)));

        var report = await Import(zip);

        Assert.Equal(
            [
                ($"{zip}!/outer.fit", ImportStatus.Imported),
                ($"{zip}!/inner.zip!/inner.fit", ImportStatus.Imported),
                ($"{zip}!/inner.zip!/deeper.zip", ImportStatus.Skipped),
            ],
            report.Files.Select(f => (f.SourcePath, f.Status)));
        Assert.Equal($"{zip}!/inner.zip!/deeper.zip: zip nested more than 2 levels deep; not opened", report.Files[2].Reason);
    }

    [Fact]
    public async Task ImportAsync_CorruptZip_OneFailedRow()
    {
        var zip = _folder.Write("broken.zip", "PK\u0003\u0004 this is not really a zip"u8.ToArray());

        var report = await Import(zip);

        var row = Assert.Single(report.Files);
        Assert.Equal(ImportStatus.Failed, row.Status);
        Assert.StartsWith($"{zip}: not a readable zip or gzip archive", row.Reason);
    }

    [Fact]
    public async Task ImportAsync_GarminExportLayout_ImportsUploadedFilesIgnoresJson()
    {
        var uploaded = TestArchives.Zip(
            ("12345678901_ACTIVITY.fit", FakeActivity.Fit(Start, 10_000)),
            ("12345678902_ACTIVITY.fit", FakeActivity.Fit(Start.AddDays(1), 15_000)),
            ("user@example.com_12345678903.tcx", FakeActivity.Tcx(Start.AddDays(2), 8_000)));
        var zip = _folder.Write("garmin-export.zip", TestArchives.Zip(
            ("DI_CONNECT/DI-Connect-User/user_profile.json", "{}"u8.ToArray()),
            ("DI_CONNECT/DI-Connect-Fitness/user@example.com_0_summarizedActivities.json", "[]"u8.ToArray()),
            ("DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip", uploaded)));

        var report = await Import(zip);

        Assert.Equal(3, report.Total);
        Assert.Equal(3, report.Imported);
        Assert.Equal($"{zip}!/DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip!/12345678902_ACTIVITY.fit", report.Files[1].SourcePath);
        Assert.Equal([10_000, 15_000, 8_000], report.Files.Select(f => f.Distance!.Value.Meters));
    }

    [Fact]
    public async Task ImportAsync_StravaExport_NamesAndTypesFromActivitiesCsv()
    {
        const string csv = """
            Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Filename,Elapsed Time,Distance
            11111,"May 1, 2024, 6:30:00 AM","Morning Run, easy",Run,,3000,10.0,activities/11111.fit.gz,3000,10000.0
            22222,"May 2, 2024, 6:30:00 AM",Hill Reps,Trail Run,,3000,8.0,activities/22222.gpx.gz,3000,8000.0
            33333,"May 3, 2024, 6:30:00 AM",Commute,Ride,,1200,6.0,activities/33333.tcx.gz,1200,6000.0
            44444,"May 4, 2024, 6:30:00 AM",Manual Strava entry,Run,,1800,5.0,,1800,5000.0
            55555,"May 5, 2024, 6:30:00 AM",Forgot the time,Run,,,3.0,,,3000.0
            66666,"May 6, 2024, 6:30:00 AM",Typo,Run,,60,10.0,,60,10000.0
            """;
        var zip = _folder.Write("export_12345.zip", TestArchives.Zip(
            ("activities.csv", System.Text.Encoding.UTF8.GetBytes(csv)),
            ("profile.csv", "Athlete ID\n1\n"u8.ToArray()),
            ("activities/11111.fit.gz", TestArchives.Gzip(FakeActivity.Fit(Start, 10_000))),
            ("activities/22222.gpx.gz", TestArchives.Gzip(FakeActivity.Gpx(Start.AddDays(1), 8_000))),
            ("activities/33333.tcx.gz", TestArchives.Gzip(FakeActivity.Tcx(Start.AddDays(2), 6_000, sport: "other")))));

        var report = await Import(zip);

        // The three files, and the manual entry (no file; 1800 s and 5000 m from the last "Elapsed Time" and "Distance" columns).
        Assert.Equal(4, report.Imported);
        Assert.Equal(["Morning Run, easy", "Hill Reps", "Commute", "Manual Strava entry"], _store.Activities.Select(a => a.Summary.Name));
        Assert.Equal([Sport.Running, Sport.TrailRunning, Sport.Cycling, Sport.Running], _store.Activities.Select(a => a.Summary.Sport));
        Assert.Equal(Sport.TrailRunning, report.Files.Single(f => f.SourcePath.EndsWith("22222.gpx.gz", StringComparison.Ordinal)).Sport);
        var manual = _store.Activities[3].Summary;
        Assert.Equal((5000.0, 1800.0, new DateTimeOffset(2024, 5, 4, 6, 30, 0, TimeSpan.Zero)), (manual.Distance.Meters, manual.ElapsedTime.Seconds, manual.StartTime));
        // The row with no time and the one faster than the 10,000 m record are dropped and reported, naming their line and Strava id.
        Assert.Equal([
            $"{zip}!/activities.csv line 6 (Strava manual entry 55555): no elapsed time; not imported",
            $"{zip}!/activities.csv line 7 (Strava manual entry 66666): distance and elapsed time: 10.00 km in 1:00 is faster than any human has run it " +
                "(the bound is 26:11, from the world record 10,000 m 26:11.00, Joshua Cheptegei 2020); not imported",
        ], report.Files.Where(f => f.Status == ImportStatus.Failed).Select(f => f.Reason));
    }
}
