using HybridCoach.Domain.Activities;
using Xunit;

namespace HybridCoach.Domain.Tests.Activities;

/// <summary>
/// Issue 15 item 1: out-of-range samples are dropped, not trusted and not fatal. A heart rate of 600, a cadence of
/// 5,000 and an altitude of 850 km (a FIT enhanced_altitude holds up to about 850 km) each become missing, with a
/// warning naming the channel and the count; the values around them stay; the limits are those of SampleRanges.
/// </summary>
public class SampleRangesTests
{
    private static ActivityRecording Recording(double[] heartRate, double[] cadence, double[] altitude)
    {
        var startMs = TestSeries.Start.ToUnixTimeMilliseconds();
        var columns = new double[]?[SampleSeries.ChannelCount];
        columns[(int)SampleChannel.HeartRateBpm] = heartRate;
        columns[(int)SampleChannel.CadenceSpm] = cadence;
        columns[(int)SampleChannel.AltitudeM] = altitude;
        return new ActivityRecording([], [], new SampleSeries([.. Enumerable.Range(0, heartRate.Length).Select(i => startMs + i * 1000L)], columns));
    }

    [Fact]
    public void Clean_OutOfRangeValues_MissingAndWarned()
    {
        var cleaned = SampleRanges.Clean(Recording([140, 600, 142, 10], [85, 5000, 86, 87], [500, 850_000, 502, -431]));

        Assert.Equal([140, double.NaN, 142, double.NaN], cleaned.Samples.Column(SampleChannel.HeartRateBpm).ToArray());
        Assert.Equal([85, double.NaN, 86, 87], cleaned.Samples.Column(SampleChannel.CadenceSpm).ToArray());
        Assert.Equal([500, double.NaN, 502, -431], cleaned.Samples.Column(SampleChannel.AltitudeM).ToArray());   // the Dead Sea shore is kept
        Assert.Equal(
            [
                "dropped 2 heart rate sample value(s) outside 25–250 bpm",
                "dropped 1 cadence sample value(s) outside 0–300 /min",
                "dropped 1 altitude sample value(s) outside -500–9000 m",
            ], cleaned.WarningsOrEmpty);
    }

    [Fact]
    public void Clean_AllInRange_TheSameRecording()
    {
        var recording = Recording([60, 190], [0, 180], [-400, 8_849]);
        Assert.Same(recording, SampleRanges.Clean(recording));
    }

    [Fact]
    public void Build_AltitudeSpike_NoLongerAClimbOf850Km()
    {
        var speeds = TestSeries.Constant(3.5, 600);
        var samples = TestSeries.FromSpeeds(speeds, altitude: i => i == 300 ? 850_000 : 500);
        var activity = ActivityFactory.Build(new ActivityRecording([], [], samples), new ActivitySource("spike.fit", "fit", "00"));
        Assert.True(activity.Summary.AscentM is null or < 10, $"ascent {activity.Summary.AscentM} m");
    }
}
