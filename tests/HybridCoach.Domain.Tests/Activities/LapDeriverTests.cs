using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Units;
using Xunit;

namespace HybridCoach.Domain.Tests.Activities;

public class LapDeriverTests
{
    // 1000 s at 4 m/s with heart rate 130 for the first 500 s and 150 after; laps start at 0 and 500 s.
    private static readonly SampleTimeline Run = TestSeries.Timeline(
        TestSeries.FromSpeeds(TestSeries.Constant(4, 1000), heartRate: i => i < 500 ? 130 : 150));

    private static RecordedLap Bare(double startS) =>
        new(TestSeries.Start.AddSeconds(startS), null, null, null, null, null, null, null, null, null, null);

    [Fact]
    public void Derive_LapsWithoutTotals_TakeThemFromTheSamplesInTheirWindow()
    {
        var laps = LapDeriver.Derive([Bare(0), Bare(500)], Run, null);
        Assert.Equal([1, 2], laps.Select(l => l.Number));
        Assert.Equal(2000, laps[0].Distance.Meters, 9);
        Assert.Equal(500, laps[0].ElapsedTime.Seconds);
        Assert.Equal(500, laps[0].TimerTime.Seconds);
        Assert.Equal(130, laps[0].AverageHeartRate!.Value.BeatsPerMinute);
        Assert.Equal(150, laps[1].MaxHeartRate!.Value.BeatsPerMinute);
        Assert.Equal(4, laps[1].AverageSpeed!.Value.MetersPerSecond, 9);
    }

    [Fact]
    public void Derive_StatedTotals_AreKept()
    {
        var stated = Bare(0) with { Distance = new Distance(1990), TimerTime = new Duration(480), AverageHeartRate = new HeartRate(128) };
        var lap = LapDeriver.Derive([stated, Bare(500)], Run, null)[0];
        Assert.Equal(1990, lap.Distance.Meters);
        Assert.Equal(480, lap.TimerTime.Seconds);
        Assert.Equal(500, lap.ElapsedTime.Seconds);
        Assert.Equal(128, lap.AverageHeartRate!.Value.BeatsPerMinute);
    }

    // A stated elapsed time bounds the window: a 250 s lap covers 1000 m at 4 m/s.
    [Fact]
    public void Derive_StatedElapsedTime_BoundsTheWindow() =>
        Assert.Equal(1000, LapDeriver.Derive([Bare(0) with { ElapsedTime = new Duration(250) }], Run, null)[0].Distance.Meters, 9);

    [Fact]
    public void Derive_WithUtcOffset_ShowsTheStartAtThatOffset()
    {
        var lap = LapDeriver.Derive([Bare(0)], Run, TimeSpan.FromHours(2))[0];
        Assert.Equal(TimeSpan.FromHours(2), lap.StartTime.Offset);
        Assert.Equal(8, lap.StartTime.Hour);
    }
}
