using System.Globalization;
using System.IO.Compression;
using System.Text;
using HybridCoach.Application.Demo;

namespace HybridCoach.Fuzz;

/// <summary>
/// Seeds: built-in files made here (a demo FIT run, a GPX and a TCX with heart rate, cadence and laps, a zip and a
/// gzip of them), plus the smallest recordings of a corpus folder when one is given (real devices' files reach
/// code paths synthetic ones do not).
/// </summary>
public static class FuzzSeeds
{
    private static readonly DateTimeOffset Start = new(2026, 5, 18, 6, 30, 0, TimeSpan.Zero);

    public static IReadOnlyList<FuzzSeed> BuiltIn()
    {
        var fit = new SyntheticAthlete(3).Generate(new DateOnly(2026, 5, 20), months: 1).OrderBy(f => f.Content.Length).First().Content;
        var gpx = Encoding.UTF8.GetBytes(Gpx());
        var tcx = Encoding.UTF8.GetBytes(Tcx());
        return [new("demo.fit", fit), new("run.gpx", gpx), new("run.tcx", tcx), new("export.zip", Zip(("a/run.fit", fit), ("b/run.gpx", gpx), ("c/run.tcx", tcx))), new("run.gpx.gz", Gzip(gpx))];
    }

    /// <summary>The <paramref name="perFormat"/> smallest .fit, .gpx and .tcx files under <paramref name="folder"/>.</summary>
    public static IReadOnlyList<FuzzSeed> FromFolder(string folder, int perFormat)
    {
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => new FileInfo(f)).ToList();
        return [.. new[] { ".fit", ".gpx", ".tcx" }.SelectMany(ext => files.Where(f => f.Extension.Equals(ext, StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => f.Length).ThenBy(f => f.FullName, StringComparer.Ordinal).Take(perFormat)
            .Select(f => new FuzzSeed(f.Name, File.ReadAllBytes(f.FullName))))];
    }

    private static string Gpx()
    {
        var text = new StringBuilder("<?xml version=\"1.0\"?><gpx version=\"1.1\" creator=\"fuzz\" xmlns=\"http://www.topografix.com/GPX/1/1\" "
            + "xmlns:gpxtpx=\"http://www.garmin.com/xmlschemas/TrackPointExtension/v1\"><trk><name>Run</name><type>running</type><trkseg>");
        for (var t = 0; t <= 600; t += 10)
            text.Append(CultureInfo.InvariantCulture, $"<trkpt lat=\"{48 + t * 0.00003:0.000000}\" lon=\"11.0\"><ele>{500 + t % 7}</ele><time>{Start.AddSeconds(t).UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}</time>"
                + $"<extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>{140 + t % 11}</gpxtpx:hr><gpxtpx:cad>{85 + t % 3}</gpxtpx:cad></gpxtpx:TrackPointExtension></extensions></trkpt>");
        return text.Append("</trkseg></trk></gpx>").ToString();
    }

    private static string Tcx()
    {
        var text = new StringBuilder("<?xml version=\"1.0\"?><TrainingCenterDatabase xmlns=\"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2\"><Activities><Activity Sport=\"Running\">"
            + $"<Id>{Start.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}</Id>");
        for (var lap = 0; lap < 2; lap++)
        {
            text.Append(CultureInfo.InvariantCulture, $"<Lap StartTime=\"{Start.AddSeconds(lap * 300).UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}\"><TotalTimeSeconds>300</TotalTimeSeconds><DistanceMeters>1000</DistanceMeters><Calories>70</Calories><Track>");
            for (var t = 0; t <= 300; t += 10)
            {
                var s = lap * 300 + t;
                text.Append(CultureInfo.InvariantCulture, $"<Trackpoint><Time>{Start.AddSeconds(s).UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}</Time><AltitudeMeters>{500 + s % 5}</AltitudeMeters>"
                    + $"<DistanceMeters>{s * 3.33:0.0}</DistanceMeters><HeartRateBpm><Value>{140 + s % 9}</Value></HeartRateBpm><Cadence>{85 + s % 3}</Cadence></Trackpoint>");
            }
            text.Append("</Track></Lap>");
        }
        return text.Append("</Activity></Activities></TrainingCenterDatabase>").ToString();
    }

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in entries)
            {
                using var stream = archive.CreateEntry(name).Open();
                stream.Write(content);
            }
        return output.ToArray();
    }

    private static byte[] Gzip(byte[] content)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(content);
        return output.ToArray();
    }
}
