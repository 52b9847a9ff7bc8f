using HybridCoach.Domain.Activities;
using HybridCoach.Formats.Tests.Xml;
using HybridCoach.Testing;
using Xunit;

namespace HybridCoach.Formats.Tests.Tcx;

public class TcxActivityReaderTests
{
    public static TheoryData<string> AllFiles()
    {
        var data = new TheoryData<string>();
        if (Corpus.Root is null) return data;
        foreach (var path in Corpus.Files("tcx", "*.tcx")) data.Add(Path.GetFileName(path));
        return data;
    }

    [CorpusTheory]
    [MemberData(nameof(AllFiles))]
    public void Read_EveryCorpusFile_ReadsAndBuilds(string file)
    {
        var recording = XmlCorpus.ReadTcx(file);
        Assert.NotEmpty(recording.Sessions);
        Assert.True(recording.Samples.Count > 0);
        var activity = XmlCorpus.Build(recording, file);
        Assert.Equal(recording.Laps.Count, activity.Laps.Count);
    }

    // GPSBabel's gtrnctr reader (expected/*.gpsbabel.gpx, *.unicsv.csv) writes the trackpoints that have
    // a position. The kona2013 CSV was written with utc=-6 (SOURCES.md): its clock times are UTC−6.
    [CorpusTheory]
    [InlineData("gtrnctr-lap_s.tcx", "gtrnctr-lap_s.tcx.gpsbabel.gpx", 0)]
    [InlineData("history.tcx", "history.tcx.gpsbabel.gpx", 0)]
    [InlineData("bike.tcx", "bike.tcx.gpsbabel.gpx", 0)]
    [InlineData("history.tcx", "history.tcx.gpsbabel-unicsv.csv", 0)]
    [InlineData("course.tcx", "course.tcx.gpsbabel-unicsv.csv", 0)]
    [InlineData("kona2013.tcx", "kona2013.tcx.gpsbabel-unicsv.csv", -6)]
    public void Read_PositionedTrackpoints_MatchGpsBabel(string file, string reference, int csvUtcOffsetHours)
    {
        var expected = reference.EndsWith(".csv", StringComparison.Ordinal)
            ? XmlCorpus.GpsBabelCsvPoints(reference).Select(p => p with { Time = p.Time.AddHours(-csvUtcOffsetHours) }).ToList()
            : XmlCorpus.GpsBabelTrackPoints(reference);
        var samples = XmlCorpus.ReadTcx(file).Samples;
        var positioned = XmlCorpus.PositionedSamples(samples);
        Assert.Equal(expected.Count, positioned.Length);
        foreach (var (point, index) in new[] { (expected[0], positioned[0]), (expected[^1], positioned[^1]) })
        {
            Assert.Equal(point.Time, XmlCorpus.TimeAt(samples, index));
            Assert.Equal(point.LatitudeDeg, XmlCorpus.ValueAt(samples, SampleChannel.LatitudeDeg, index), 6);
            Assert.Equal(point.LongitudeDeg, XmlCorpus.ValueAt(samples, SampleChannel.LongitudeDeg, index), 6);
        }
    }

    // The same 10 km race as fit/10kUNLP2014-Garmin15.fit: session totals and records of the FIT reference.
    [CorpusFact]
    public void Read_10kUnlp_MatchesTheFitSession()
    {
        var reference = XmlCorpus.Expected("10kUNLP2014-Garmin15.fit.fitsdk.json");
        var session = reference.GetProperty("session");
        var recording = XmlCorpus.ReadTcx("10kUNLP2014-Garmin15.tcx");
        var summary = XmlCorpus.Build(recording, "10kUNLP2014-Garmin15.tcx").Summary;
        Assert.Equal(DateTimeOffset.Parse(session.GetProperty("start_time").GetString()!), summary.StartTime);
        Assert.Equal(session.GetProperty("total_timer_time").GetDouble(), summary.TimerTime.Seconds, 0.01);
        Assert.Equal(session.GetProperty("total_distance").GetDouble(), summary.Distance.Meters, 0.01);
        Assert.Equal(session.GetProperty("num_laps").GetInt32(), recording.Laps.Count);
        Assert.Equal(reference.GetProperty("record_count").GetInt32(), recording.Samples.Count);
        var last = reference.GetProperty("last_record");
        var samples = recording.Samples;
        Assert.Equal(DateTimeOffset.Parse(last.GetProperty("timestamp").GetString()!), XmlCorpus.TimeAt(samples, samples.Count - 1));
        Assert.Equal(last.GetProperty("position_lat_deg").GetDouble(), XmlCorpus.ValueAt(samples, SampleChannel.LatitudeDeg, samples.Count - 1), 6);
        Assert.Equal(last.GetProperty("distance").GetDouble(), XmlCorpus.ValueAt(samples, SampleChannel.DistanceM, samples.Count - 1), 2);
        Assert.Equal(Sport.Running, summary.Sport);
    }

    // Garmin Connect's TCX export of fit/4801048867.fit: 5,166 trackpoints of which 7 repeat a lap's last
    // point; the FIT file has 5,159 records, 8 laps, 36,322.85 m, HR avg 130 / max 160.
    [CorpusFact]
    public void Read_4801048867Export_MatchesTheFitRecordsAndSession()
    {
        var reference = XmlCorpus.Expected("4801048867.fit.fitsdk.json");
        var session = reference.GetProperty("session");
        var recording = XmlCorpus.ReadTcx("activity_4801048867.tcx");
        var samples = recording.Samples;
        Assert.Equal(reference.GetProperty("record_count").GetInt32(), samples.Count);
        foreach (var (key, i) in new[] { ("first_record", 0), ("last_record", samples.Count - 1) })
        {
            var record = reference.GetProperty(key);
            Assert.Equal(DateTimeOffset.Parse(record.GetProperty("timestamp").GetString()!), XmlCorpus.TimeAt(samples, i));
            Assert.Equal(record.GetProperty("position_lat_deg").GetDouble(), XmlCorpus.ValueAt(samples, SampleChannel.LatitudeDeg, i), 9);
            Assert.Equal(record.GetProperty("position_long_deg").GetDouble(), XmlCorpus.ValueAt(samples, SampleChannel.LongitudeDeg, i), 9);
            Assert.Equal(record.GetProperty("heart_rate").GetDouble(), XmlCorpus.ValueAt(samples, SampleChannel.HeartRateBpm, i));
            Assert.Equal(record.GetProperty("distance").GetDouble(), XmlCorpus.ValueAt(samples, SampleChannel.DistanceM, i), 2);
        }
        var summary = XmlCorpus.Build(recording, "activity_4801048867.tcx").Summary;
        Assert.Equal(session.GetProperty("total_distance").GetDouble(), summary.Distance.Meters, 0.01);
        Assert.Equal(session.GetProperty("num_laps").GetInt32(), recording.Laps.Count);
        Assert.Equal(session.GetProperty("max_heart_rate").GetDouble(), summary.MaxHeartRate!.Value.BeatsPerMinute);
        Assert.Equal(session.GetProperty("avg_heart_rate").GetDouble(), summary.AverageHeartRate!.Value.BeatsPerMinute, 0.5);
        Assert.Equal("Forerunner 935", summary.Device);
    }

    // Four Activity elements (Running, Biking, Running, Biking) days apart: four sessions, a multisport whole.
    [CorpusFact]
    public void Read_MultiActivityFile_GivesOneSessionPerActivity()
    {
        var recording = XmlCorpus.ReadTcx("activity_165850259_multi-session.tcx");
        Assert.Equal([Sport.Running, Sport.Cycling, Sport.Running, Sport.Cycling], recording.Sessions.Select(s => s.Sport));
        Assert.Equal(new DateTimeOffset(2011, 12, 7, 12, 14, 19, TimeSpan.Zero), recording.Laps[^1].StartTime);
        var summary = XmlCorpus.Build(recording, "multi.tcx").Summary;
        Assert.Equal(Sport.Multisport, summary.Sport);
        Assert.Equal(recording.Sessions.Sum(s => s.Distance!.Value.Meters), summary.Distance.Meters, 6);
    }

    // A Course has no StartTime on its Lap: it is read as a track starting at its first trackpoint.
    [CorpusFact]
    public void Read_Course_IsReadAsATrack()
    {
        var recording = XmlCorpus.ReadTcx("course.tcx");
        Assert.Equal("ThursRide", recording.Name);
        Assert.Equal(new DateTimeOffset(2008, 8, 21, 13, 8, 52, TimeSpan.Zero), recording.Sessions[0].StartTime);
        Assert.Equal(56818.2578125, recording.Sessions[0].Distance!.Value.Meters, 6);
        Assert.Single(recording.Laps);
    }

    // Forerunner 110 exports write 255 (FIT's invalid byte) as every heart rate when no strap was worn.
    [CorpusFact]
    public void Read_HeartRate255Everywhere_GivesNoHeartRate()
    {
        var recording = XmlCorpus.ReadTcx("gtrnctr-lap_s.tcx");
        Assert.False(recording.Samples.Has(SampleChannel.HeartRateBpm));
        Assert.Null(recording.Sessions[0].AverageHeartRate);
    }

    // kona2013.tcx: TPX Speed and Watts (ActivityExtension v2), trackpoint Cadence on a ride (rpm, 31 first).
    [CorpusFact]
    public void Read_ActivityExtension_GivesSpeedAndPower()
    {
        var samples = XmlCorpus.ReadTcx("kona2013.tcx").Samples;
        Assert.Equal(5, samples.Count);
        Assert.True(samples.Has(SampleChannel.SpeedMps));
        Assert.True(samples.Has(SampleChannel.PowerW));
        Assert.Equal(31, samples.Column(SampleChannel.CadenceSpm)[0]);
    }

    // Polar M400 run: trackpoint Cadence is per leg (23 at the first step), stored as 46 steps/min.
    [CorpusFact]
    public void Read_RunningTrackpointCadence_IsDoubledToSteps()
    {
        var cadence = XmlCorpus.ReadTcx("3173437224.tcx").Samples.Column(SampleChannel.CadenceSpm).ToArray();
        Assert.Equal(46, cadence.First(c => c > 0));
    }
}
