using HybridCoach.Domain.Activities;
using HybridCoach.Formats.Tests.Xml;
using HybridCoach.Testing;
using Xunit;

namespace HybridCoach.Formats.Tests.Gpx;

public class GpxActivityReaderTests
{
    /// <summary>Files that hold no recorded track, and the reason the reader must give.</summary>
    private static readonly Dictionary<string, string> Refused = new()
    {
        ["MetadataOnly.gpx"] = "no track points",
        ["route.gpx"] = "a route of 55 points",
        ["gpx_with_garmin_extension.gpx"] = "only 1 waypoint",
        ["unicode_with_bom.gpx"] = "only 1 waypoint",
    };

    public static TheoryData<string> AllFiles()
    {
        var data = new TheoryData<string>();
        if (Corpus.Root is null) return data;
        foreach (var path in Corpus.Files("gpx", "*.gpx")) data.Add(Path.GetFileName(path));
        return data;
    }

    [CorpusTheory]
    [MemberData(nameof(AllFiles))]
    public void Read_EveryCorpusFile_ReadsOrGivesItsReason(string file)
    {
        if (Refused.TryGetValue(file, out var reason))
        {
            var error = Assert.Throws<ActivityFileException>(() => XmlCorpus.ReadGpx(file));
            Assert.Contains(reason, error.Message);
            // A route or waypoints are another kind of file (an import skips them); an empty GPX is a broken activity.
            Assert.Equal(file != "MetadataOnly.gpx", error.NotAnActivity);
            return;
        }
        var recording = XmlCorpus.ReadGpx(file);
        Assert.True(recording.Samples.Count > 0);
        Assert.Single(recording.Sessions);
        Assert.True(XmlCorpus.Build(recording, file).Summary.ElapsedTime.Seconds >= 0);
    }

    // fit/4801048867.fit (reference: expected/4801048867.fit.fitsdk.json) has 5,159 records; Garmin Connect's
    // and Strava's GPX exports of the same ride must hold the same points.
    [CorpusTheory]
    [InlineData("activity_4801048867.gpx", "Garmin Connect")]
    [InlineData("4801048867_strava.gpx", "StravaGPX")]
    public void Read_ExportsOfFitRide4801048867_MatchTheFitRecords(string file, string creator)
    {
        var reference = XmlCorpus.Expected("4801048867.fit.fitsdk.json");
        var recording = XmlCorpus.ReadGpx(file);
        var samples = recording.Samples;
        Assert.Equal(reference.GetProperty("record_count").GetInt32(), samples.Count);
        AssertSameRecord(reference.GetProperty("first_record"), samples, 0);
        AssertSameRecord(reference.GetProperty("last_record"), samples, samples.Count - 1);
        Assert.Equal(creator, recording.Device);
        Assert.Equal(Sport.Cycling, recording.Sessions[0].Sport);

        var distanceM = XmlCorpus.Build(recording, file).Summary.Distance.Meters;
        var statedM = reference.GetProperty("session").GetProperty("total_distance").GetDouble();
        Assert.InRange(distanceM, statedM * 0.99, statedM * 1.01);
    }

    private static void AssertSameRecord(System.Text.Json.JsonElement record, SampleSeries samples, int index)
    {
        Assert.Equal(DateTimeOffset.Parse(record.GetProperty("timestamp").GetString()!), XmlCorpus.TimeAt(samples, index));
        // Strava rounds positions to 1e-7 degrees (about 1 cm).
        Assert.Equal(record.GetProperty("position_lat_deg").GetDouble(), XmlCorpus.ValueAt(samples, SampleChannel.LatitudeDeg, index), 6);
        Assert.Equal(record.GetProperty("position_long_deg").GetDouble(), XmlCorpus.ValueAt(samples, SampleChannel.LongitudeDeg, index), 6);
        Assert.Equal(record.GetProperty("heart_rate").GetDouble(), XmlCorpus.ValueAt(samples, SampleChannel.HeartRateBpm, index));
        Assert.Equal(record.GetProperty("altitude").GetDouble(), XmlCorpus.ValueAt(samples, SampleChannel.AltitudeM, index), 1);
    }

    // A GPX 1.0 file (topografix.com/GPX/1/0) with 8 tracks, one of them empty: 296 points in all.
    [CorpusFact]
    public void Read_Gpx10WithSeveralTracks_ReadsEveryPoint()
    {
        var recording = XmlCorpus.ReadGpx("cerknicko-jezero.gpx");
        Assert.Equal(296, recording.Samples.Count);
        Assert.Equal(new DateTimeOffset(2010, 8, 5, 14, 23, 59, TimeSpan.Zero), recording.Sessions[0].StartTime);
        Assert.Equal("ACTIVE LOG", recording.Name);
    }

    // cerknicko-without-times.gpx: 296 points of which only 5, at the end, keep their time.
    [CorpusFact]
    public void Read_TrackWithMostTimesRemoved_KeepsTheTimedPointsAndSaysSo()
    {
        var recording = XmlCorpus.ReadGpx("cerknicko-without-times.gpx");
        Assert.Equal(5, recording.Samples.Count);
        Assert.Contains(recording.WarningsOrEmpty, w => w.Contains("291 track point(s)"));
    }

    [CorpusFact]
    public void Read_TimesWithOffset_KeepTheOffsetAndStoreUtc()
    {
        var recording = XmlCorpus.ReadGpx("track-with-less-sec-time.gpx");
        Assert.Equal(TimeSpan.FromHours(1), recording.UtcOffset);
        // "2015-12-11T15:43:13.000+01:00" and "…13.994+01:00"
        Assert.Equal(new DateTimeOffset(2015, 12, 11, 14, 43, 13, TimeSpan.Zero), XmlCorpus.TimeAt(recording.Samples, 0));
        Assert.Equal(new DateTimeOffset(2015, 12, 11, 14, 43, 13, 994, TimeSpan.Zero), XmlCorpus.TimeAt(recording.Samples, 1));
    }

    // Urban Biker: TrackPointExtension hr/cad/speed plus the PowerExtension's PowerInWatts.
    [CorpusFact]
    public void Read_UrbanBikerExtensions_GiveHeartRateCadenceSpeedAndPower()
    {
        var samples = XmlCorpus.ReadGpx("UrbanBiker2019-04-18_16-12.gpx").Samples;
        Assert.Equal(2870, samples.Count);
        foreach (var channel in new[] { SampleChannel.HeartRateBpm, SampleChannel.CadenceSpm, SampleChannel.SpeedMps, SampleChannel.PowerW, SampleChannel.TemperatureC })
            Assert.True(samples.Has(channel), channel.ToString());
    }

    // Movescount writes ClueTrust gpxdata:hr and gpxdata:distance.
    [CorpusFact]
    public void Read_MovescountGpxData_GivesHeartRateAndDistance()
    {
        var samples = XmlCorpus.ReadGpx("Move_2014_01_17_09_33_11.gpx").Samples;
        Assert.Equal(1405, samples.Count);
        Assert.True(samples.Has(SampleChannel.HeartRateBpm));
        Assert.True(samples.Has(SampleChannel.DistanceM));
    }

    [CorpusFact]
    public void Read_TcxGivenToTheGpxReader_SaysItIsNotGpx()
    {
        var bytes = File.ReadAllBytes(Corpus.Path("tcx", "kona2013.tcx"));
        var error = Assert.Throws<ActivityFileException>(() =>
            new HybridCoach.Formats.Gpx.GpxActivityReader().Read(bytes, "kona2013.tcx", ActivityReadOptions.Strict));
        Assert.Contains("not a GPX file", error.Message);
    }

    [CorpusFact]
    public void Read_TruncatedFile_NamesLineAndPosition()
    {
        var bytes = File.ReadAllBytes(Corpus.Path("gpx", "activity_4801048867.gpx"))[..50_000];
        var error = Assert.Throws<ActivityFileException>(() =>
            new HybridCoach.Formats.Gpx.GpxActivityReader().Read(bytes, "cut.gpx", ActivityReadOptions.Strict));
        Assert.Matches(@"^cut\.gpx: malformed XML at line \d+, position \d+", error.Message);
    }
}
