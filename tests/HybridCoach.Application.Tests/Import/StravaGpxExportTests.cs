using System.Text;
using HybridCoach.Application.Import;
using HybridCoach.Application.Tests.Fakes;
using HybridCoach.Domain.Activities;
using HybridCoach.Formats.Gpx;
using Xunit;

namespace HybridCoach.Application.Tests.Import;

/// <summary>A Strava export built in the test around small GPX tracks, read by the real GPX reader.</summary>
public sealed class StravaGpxExportTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly InMemoryActivityStore _store = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>Three points 0.009° apart along the prime meridian, 5 minutes apart.</summary>
    private static byte[] Track(string name, string type, string day) => Encoding.UTF8.GetBytes($"""
        <?xml version="1.0" encoding="UTF-8"?>
        <gpx version="1.1" creator="StravaGPX" xmlns="http://www.topografix.com/GPX/1/1">
          <trk><name>{name}</name><type>{type}</type><trkseg>
            <trkpt lat="0.000" lon="0"><time>{day}T07:00:00Z</time></trkpt>
            <trkpt lat="0.009" lon="0"><time>{day}T07:05:00Z</time></trkpt>
            <trkpt lat="0.018" lon="0"><time>{day}T07:10:00Z</time></trkpt>
          </trkseg></trk>
        </gpx>
        """);

    [Fact]
    public async Task ImportAsync_StravaExportWithGpxGz_CsvNameAndTypeWinDistanceFromTrack()
    {
        const string csv = "Activity ID,Activity Date,Activity Name,Activity Type,Filename\n" +
            "501,\"Jun 1, 2024, 7:00:00 AM\",\"Lunch Run, windy\",Run,activities/501.gpx.gz\n";
        var zip = _folder.Write("export.zip", TestArchives.Zip(
            ("activities.csv", Encoding.UTF8.GetBytes(csv)),
            ("activities/501.gpx.gz", TestArchives.Gzip(Track("Morning Ride", "cycling", "2024-06-01"))),
            ("activities/502.gpx.gz", TestArchives.Gzip(Track("Evening Run", "running", "2024-06-02")))));

        var report = await new ImportService(_store, [new GpxActivityReader()]).ImportAsync([zip]);

        Assert.Equal(2, report.Imported);
        var listed = _store.Activities[0].Summary;
        Assert.Equal("Lunch Run, windy", listed.Name);
        Assert.Equal(Sport.Running, listed.Sport);
        Assert.Equal(new DateTimeOffset(2024, 6, 1, 7, 0, 0, TimeSpan.Zero), listed.StartTime.ToUniversalTime());
        // Arc length along a meridian: R x 0.018° in radians = 6,371,008.8 m x 3.14159e-4 = 2001.51 m.
        Assert.Equal(2001.51, listed.Distance.Meters, 2);
        Assert.Equal(600, listed.TimerTime.Seconds);
        Assert.Equal("Evening Run", _store.Activities[1].Summary.Name); // not in activities.csv: the file's own name
        Assert.Equal("gpx", _store.Activities[1].Source.Format);
    }
}
