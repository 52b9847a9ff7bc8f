using HybridCoach.Domain.Activities;
using HybridCoach.Formats.Tests.Xml;
using Xunit;

namespace HybridCoach.Formats.Tests.Gpx;

/// <summary>Small hand-written GPX documents for the rules the corpus does not pin down.</summary>
public class GpxInlineTests
{
    private static string Track(string type, string points) =>
        "<gpx xmlns=\"http://www.topografix.com/GPX/1/1\" xmlns:tp=\"http://www.garmin.com/xmlschemas/TrackPointExtension/v2\" version=\"1.1\" creator=\"test\">" +
        $"<trk><name>Morning</name><type>{type}</type><trkseg>{points}</trkseg></trk></gpx>";

    private static string Point(double lat, string? time, string extensions = "") =>
        $"<trkpt lat=\"{lat}\" lon=\"7\"><ele>100</ele>{(time is null ? "" : $"<time>{time}</time>")}" +
        (extensions.Length > 0 ? $"<extensions><tp:TrackPointExtension>{extensions}</tp:TrackPointExtension></extensions>" : "") + "</trkpt>";

    // Garmin's cad is strides per minute: 85 per leg on a run is 170 steps per minute.
    [Fact]
    public void Read_RunCadence_IsStoredInStepsPerMinute()
    {
        var recording = XmlCorpus.ReadGpxText(Track("running", Point(45, "2024-05-01T06:00:00Z", "<tp:hr>150</tp:hr><tp:cad>85</tp:cad>")));
        Assert.Equal(Sport.Running, recording.Sessions[0].Sport);
        Assert.Equal(170, recording.Samples.Column(SampleChannel.CadenceSpm)[0]);
        Assert.Equal(150, recording.Samples.Column(SampleChannel.HeartRateBpm)[0]);
    }

    [Fact]
    public void Read_RideCadence_StaysInRpm() =>
        Assert.Equal(85, XmlCorpus.ReadGpxText(Track("cycling", Point(45, "2024-05-01T06:00:00Z", "<tp:cad>85</tp:cad>")))
            .Samples.Column(SampleChannel.CadenceSpm)[0]);

    // Three points 0.001° of latitude apart (111.2 m each); the middle one has no time: it is placed
    // halfway in time, 06:00:30, because it is halfway along the path.
    [Fact]
    public void Read_UntimedPointBetweenTimedOnes_GetsAnInterpolatedTime()
    {
        var recording = XmlCorpus.ReadGpxText(Track("run",
            Point(45.000, "2024-05-01T06:00:00Z") + Point(45.001, null) + Point(45.002, "2024-05-01T06:01:00Z")));
        Assert.Equal(3, recording.Samples.Count);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 6, 0, 30, TimeSpan.Zero), XmlCorpus.TimeAt(recording.Samples, 1));
        Assert.Contains(recording.WarningsOrEmpty, w => w.Contains("interpolated"));
    }

    [Fact]
    public void Read_TrackWithoutAnyTime_IsRefusedAsARoute()
    {
        var error = Assert.Throws<ActivityFileException>(() => XmlCorpus.ReadGpxText(Track("run", Point(45, null) + Point(45.001, null))));
        Assert.Contains("none of the 2 track points has a time", error.Message);
    }

    // Strava writes numeric types: 9 is a run.
    [Fact]
    public void Read_StravaNumericType9_IsARun() =>
        Assert.Equal(Sport.Running, XmlCorpus.ReadGpxText(Track("9", Point(45, "2024-05-01T06:00:00Z"))).Sessions[0].Sport);

    [Fact]
    public void Read_NameAndCreator_BecomeNameAndDevice()
    {
        var recording = XmlCorpus.ReadGpxText(Track("run", Point(45, "2024-05-01T06:00:00Z")));
        Assert.Equal("Morning", recording.Name);
        Assert.Equal("test", recording.Device);
    }

    // A heart rate of 255 is FIT's "invalid" byte copied into some exports.
    [Fact]
    public void Read_HeartRate255_IsMissing() =>
        Assert.False(XmlCorpus.ReadGpxText(Track("run", Point(45, "2024-05-01T06:00:00Z", "<tp:hr>255</tp:hr>")))
            .Samples.Has(SampleChannel.HeartRateBpm));
}
