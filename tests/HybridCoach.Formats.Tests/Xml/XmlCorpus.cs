using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using HybridCoach.Domain.Activities;
using HybridCoach.Formats.Gpx;
using HybridCoach.Formats.Tcx;
using HybridCoach.Testing;

namespace HybridCoach.Formats.Tests.Xml;

/// <summary>Reads corpus GPX/TCX files with our readers, and reference files with independent, plain parsing.</summary>
internal static class XmlCorpus
{
    public static ActivityRecording ReadGpx(string file) =>
        new GpxActivityReader().Read(File.ReadAllBytes(Corpus.Path("gpx", file)), file, ActivityReadOptions.Strict);

    public static ActivityRecording ReadTcx(string file) =>
        new TcxActivityReader().Read(File.ReadAllBytes(Corpus.Path("tcx", file)), file, ActivityReadOptions.Strict);

    public static ActivityRecording ReadGpxText(string xml) =>
        new GpxActivityReader().Read(System.Text.Encoding.UTF8.GetBytes(xml), "inline.gpx", ActivityReadOptions.Strict);

    public static ActivityRecording ReadTcxText(string xml) =>
        new TcxActivityReader().Read(System.Text.Encoding.UTF8.GetBytes(xml), "inline.tcx", ActivityReadOptions.Strict);

    public static Activity Build(ActivityRecording recording, string file) =>
        ActivityFactory.Build(recording, new ActivitySource(file, "xml", "0"));

    public static JsonElement Expected(string file) =>
        JsonDocument.Parse(File.ReadAllText(Corpus.Path("expected", file))).RootElement;

    /// <summary>A reference point: UTC time and position.</summary>
    public sealed record ReferencePoint(DateTimeOffset Time, double LatitudeDeg, double LongitudeDeg);

    /// <summary>The trkpt elements of a GPSBabel GPX output, read with LINQ to XML.</summary>
    public static List<ReferencePoint> GpsBabelTrackPoints(string file)
    {
        var document = XDocument.Load(Corpus.Path("expected", file));
        return document.Descendants().Where(e => e.Name.LocalName == "trkpt").Select(e => new ReferencePoint(
            DateTimeOffset.Parse(e.Elements().First(c => c.Name.LocalName == "time").Value, CultureInfo.InvariantCulture),
            double.Parse(e.Attribute("lat")!.Value, CultureInfo.InvariantCulture),
            double.Parse(e.Attribute("lon")!.Value, CultureInfo.InvariantCulture))).ToList();
    }

    /// <summary>The rows of a GPSBabel unicsv output (No,Latitude,Longitude,…,Date,Time; times in UTC).</summary>
    public static List<ReferencePoint> GpsBabelCsvPoints(string file)
    {
        var lines = File.ReadAllLines(Corpus.Path("expected", file));
        var header = lines[0].Split(',');
        int lat = Array.IndexOf(header, "Latitude"), lon = Array.IndexOf(header, "Longitude");
        int date = Array.IndexOf(header, "Date"), time = Array.IndexOf(header, "Time");
        return lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).Select(f => new ReferencePoint(
            DateTimeOffset.ParseExact($"{f[date]} {f[time]}", "yyyy/MM/dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
            double.Parse(f[lat], CultureInfo.InvariantCulture),
            double.Parse(f[lon], CultureInfo.InvariantCulture))).ToList();
    }

    /// <summary>Indices of the samples that carry a position.</summary>
    public static int[] PositionedSamples(SampleSeries samples)
    {
        var latitudes = samples.Column(SampleChannel.LatitudeDeg).ToArray();
        return Enumerable.Range(0, samples.Count).Where(i => double.IsFinite(latitudes[i])).ToArray();
    }

    public static DateTimeOffset TimeAt(SampleSeries samples, int index) =>
        DateTimeOffset.FromUnixTimeMilliseconds(samples.TimestampsMs[index]);

    public static double ValueAt(SampleSeries samples, SampleChannel channel, int index) => samples.Column(channel)[index];
}
