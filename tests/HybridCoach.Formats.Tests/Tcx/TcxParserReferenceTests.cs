using HybridCoach.Domain.Activities;
using HybridCoach.Formats.Tests.Xml;
using HybridCoach.Testing;
using Xunit;

namespace HybridCoach.Formats.Tests.Tcx;

/// <summary>
/// tcxparser-test.tcx against the values python-tcxparser's unit tests assert for it
/// (expected/tcxparser-test.tcx.tcxparser-asserts.json).
/// </summary>
public class TcxParserReferenceTests
{
    private const string File = "tcxparser-test.tcx";

    private static System.Text.Json.JsonElement Asserted => XmlCorpus.Expected("tcxparser-test.tcx.tcxparser-asserts.json");

    [CorpusFact]
    public void Read_StartAndEnd_AreTheAssertedTimes()
    {
        var recording = XmlCorpus.ReadTcx(File);
        Assert.Equal(DateTimeOffset.Parse(Asserted.GetProperty("started_at").GetString()!), recording.Sessions[0].StartTime);
        Assert.Equal(DateTimeOffset.Parse(Asserted.GetProperty("completed_at").GetString()!), XmlCorpus.TimeAt(recording.Samples, recording.Samples.Count - 1));
        Assert.Equal(Sport.Running, recording.Sessions[0].Sport);
    }

    // The file's last Trackpoint (22:03:05) holds only a Time; python-tcxparser's last values come from
    // the last trackpoint that has them (22:03:04), so values are compared at the last positioned sample.
    [CorpusTheory]
    [InlineData("first_trackpoint", true)]
    [InlineData("last_trackpoint", false)]
    public void Read_FirstAndLastTrackpoint_HoldTheAssertedValues(string key, bool first)
    {
        var expected = Asserted.GetProperty(key);
        var samples = XmlCorpus.ReadTcx(File).Samples;
        Assert.Equal(DateTimeOffset.Parse(expected.GetProperty("time").GetString()!), XmlCorpus.TimeAt(samples, first ? 0 : samples.Count - 1));
        var positioned = XmlCorpus.PositionedSamples(samples);
        var i = first ? positioned[0] : positioned[^1];
        Assert.Equal(expected.GetProperty("latitude").GetDouble(), XmlCorpus.ValueAt(samples, SampleChannel.LatitudeDeg, i), 9);
        Assert.Equal(expected.GetProperty("longitude").GetDouble(), XmlCorpus.ValueAt(samples, SampleChannel.LongitudeDeg, i), 9);
        Assert.Equal(expected.GetProperty("altitude_m").GetDouble(), XmlCorpus.ValueAt(samples, SampleChannel.AltitudeM, i), 6);
        Assert.Equal(expected.GetProperty("distance_m").GetDouble(), XmlCorpus.ValueAt(samples, SampleChannel.DistanceM, i), 6);
        Assert.Equal(expected.GetProperty("heart_rate").GetDouble(), XmlCorpus.ValueAt(samples, SampleChannel.HeartRateBpm, i));
    }

    // python-tcxparser: duration = sum of Lap/TotalTimeSeconds (1,992.78 s); calories 379; hr_max 189.
    [CorpusFact]
    public void Read_SessionTotals_AreTheLapSumsAsserted()
    {
        var session = XmlCorpus.ReadTcx(File).Sessions.Single();
        Assert.Equal(Asserted.GetProperty("duration_s").GetDouble(), session.TimerTime!.Value.Seconds, 2);
        Assert.Equal(Asserted.GetProperty("calories").GetDouble(), session.Calories);
        Assert.Equal(Asserted.GetProperty("hr_max").GetDouble(), session.MaxHeartRate!.Value.BeatsPerMinute);
    }

    // python-tcxparser's distance is the last trackpoint's (4,686.31 m); the three laps state 4,689.2 m
    // together. Lap totals win in our summary: they must agree within 0.1 %.
    [CorpusFact]
    public void Build_Distance_AgreesWithTheAssertedDistance()
    {
        var activity = XmlCorpus.Build(XmlCorpus.ReadTcx(File), File);
        var asserted = Asserted.GetProperty("distance_m").GetDouble();
        Assert.InRange(activity.Summary.Distance.Meters, asserted * 0.999, asserted * 1.001);
        Assert.Equal(1992.78, activity.Summary.TimerTime.Seconds, 2);
        Assert.Equal(3, activity.Laps.Count);
    }

    // hr_avg 156 (python-tcxparser truncates the mean, 156.65, to an int), hr_min 60, and altitude
    // avg/max/min, all over trackpoints.
    [CorpusFact]
    public void Read_SampleStatistics_AreTheAssertedOnes()
    {
        var samples = XmlCorpus.ReadTcx(File).Samples;
        var hr = samples.Column(SampleChannel.HeartRateBpm).ToArray().Where(double.IsFinite).ToArray();
        var altitude = samples.Column(SampleChannel.AltitudeM).ToArray().Where(double.IsFinite).ToArray();
        Assert.Equal(Asserted.GetProperty("hr_avg").GetDouble(), Math.Floor(hr.Average()));
        Assert.Equal(Asserted.GetProperty("hr_min").GetDouble(), hr.Min());
        Assert.Equal(Asserted.GetProperty("altitude_avg_m").GetDouble(), altitude.Average(), 6);
        Assert.Equal(Asserted.GetProperty("altitude_max_m").GetDouble(), altitude.Max(), 6);
        Assert.Equal(Asserted.GetProperty("altitude_min_m").GetDouble(), altitude.Min(), 6);
    }

    // python-tcxparser's ascent/descent are raw sums of every rise and fall (153.8 m / 166.3 m): they pin
    // our altitude channel exactly. Our summary filters noise with a 3 m hysteresis, so it reports less.
    [CorpusFact]
    public void Read_RawAltitudeRisesAndFalls_AreTheAssertedAscentAndDescent()
    {
        var recording = XmlCorpus.ReadTcx(File);
        var altitude = recording.Samples.Column(SampleChannel.AltitudeM).ToArray().Where(double.IsFinite).ToArray();
        var rises = altitude.Zip(altitude.Skip(1)).Sum(p => Math.Max(0, p.Second - p.First));
        var falls = altitude.Zip(altitude.Skip(1)).Sum(p => Math.Max(0, p.First - p.Second));
        Assert.Equal(Asserted.GetProperty("ascent_m").GetDouble(), rises, 4);
        Assert.Equal(Asserted.GetProperty("descent_m").GetDouble(), falls, 4);
        var summary = XmlCorpus.Build(recording, File).Summary;
        Assert.InRange(summary.AscentM!.Value, 0.5 * rises, rises);
    }
}
