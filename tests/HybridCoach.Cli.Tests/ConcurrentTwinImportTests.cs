using System.Globalization;
using System.Text;
using Xunit;

namespace HybridCoach.Cli.Tests;

/// <summary>
/// Issue 15 item 4 with real processes: the same runs exported twice (different bytes, same start and distance — a
/// watch file and a re-export) and imported by two processes at the same moment once stored duplicates (142 instead
/// of 140), because the duplicate check and the insert were separate. They are now one write transaction, so each
/// run is stored once whichever process gets there first.
/// </summary>
public class ConcurrentTwinImportTests
{
    private const int Runs = 30;

    [Fact]
    public async Task TwinExports_ImportedAtOnce_EachRunStoredOnce()
    {
        using var temp = new TempDirectory();
        var first = temp.Combine("watch");
        var second = temp.Combine("reexport");
        Directory.CreateDirectory(first);
        Directory.CreateDirectory(second);
        var day = new DateTimeOffset(2026, 3, 1, 7, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < Runs; i++)
        {
            File.WriteAllText(Path.Combine(first, $"run{i}.gpx"), Gpx(day.AddDays(i), "Morning Run"));
            File.WriteAllText(Path.Combine(second, $"run{i}.gpx"), Gpx(day.AddDays(i), $"Re-export {i}"));
        }
        for (var round = 0; round < 3; round++)
        {
            var store = temp.Combine($"store{round}");
            // The store exists before both start, so the two imports race on the activities, not on the first migration.
            Assert.Equal(0, (await CoachProcess.RunAsync("activities", "--data-dir", store)).ExitCode);
            var runs = await Task.WhenAll(CoachProcess.RunAsync("import", first, "--data-dir", store), CoachProcess.RunAsync("import", second, "--data-dir", store));
            Assert.All(runs, r => Assert.DoesNotContain("   at ", r.Stderr, StringComparison.Ordinal));
            Assert.Equal(Runs, CoachProcess.ActivityCount(Path.Combine(store, "hybridcoach.db")));
        }
    }

    /// <summary>A 30-minute run due north at 5:00/km, a point every 10 s, with a name (so two exports differ in bytes only).</summary>
    private static string Gpx(DateTimeOffset start, string name)
    {
        var text = new StringBuilder($"<?xml version=\"1.0\"?><gpx version=\"1.1\" creator=\"test\" xmlns=\"http://www.topografix.com/GPX/1/1\"><trk><name>{name}</name><type>running</type><trkseg>");
        for (var t = 0; t <= 1800; t += 10)
        {
            var lat = 48.0 + t / 300.0 * 1000 / 111_195.0;
            text.Append(CultureInfo.InvariantCulture, $"<trkpt lat=\"{lat:0.0000000}\" lon=\"11.0\"><time>{start.AddSeconds(t).UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}</time></trkpt>");
        }
        return text.Append("</trkseg></trk></gpx>").ToString();
    }
}
