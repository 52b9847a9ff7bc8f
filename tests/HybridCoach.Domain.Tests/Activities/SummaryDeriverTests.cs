using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Units;
using Xunit;

namespace HybridCoach.Domain.Tests.Activities;

public class SummaryDeriverTests
{
    private static RecordedSession Session(Sport sport, double startS, double? distanceM = null, double? timerS = null, double? averageHr = null) =>
        new(sport, null, TestSeries.Start.AddSeconds(startS), timerS is { } t ? new Duration(t) : null, null,
            distanceM is { } d ? new Distance(d) : null, averageHr is { } hr ? new HeartRate(hr) : null,
            null, null, null, null, null, null);

    private static ActivitySummary Derive(ActivityRecording recording) =>
        SummaryDeriver.Derive(recording, SampleTimeline.From(recording.Samples));

    // 600 s at 4 m/s with heart rate 120 + i / 10 (mean 150, max 180) and no sessions.
    [Fact]
    public void Derive_SamplesOnly_DerivesEveryTotal()
    {
        var samples = TestSeries.FromSpeeds(TestSeries.Constant(4, 600), heartRate: i => 120 + i / 10.0, altitude: i => i < 300 ? i / 10.0 : 60 - i / 10.0);
        var summary = Derive(new ActivityRecording([], [], samples));
        Assert.Equal(TestSeries.Start, summary.StartTime);
        Assert.Equal(Sport.Other, summary.Sport);
        Assert.Equal(2400, summary.Distance.Meters, 9);
        Assert.Equal(600, summary.TimerTime.Seconds);
        Assert.Equal(600, summary.ElapsedTime.Seconds);
        Assert.Equal(600, summary.MovingTime.Seconds);
        Assert.Equal(150, summary.AverageHeartRate!.Value.BeatsPerMinute, 9);
        Assert.Equal(180, summary.MaxHeartRate!.Value.BeatsPerMinute, 9);
        Assert.Equal(30, summary.AscentM!.Value, 9);
        Assert.Equal(30, summary.DescentM!.Value, 9);
        Assert.Equal(4, summary.AverageSpeed!.Value.MetersPerSecond, 9);
        Assert.Equal(4, summary.MaxSpeed!.Value.MetersPerSecond, 9);
    }

    [Fact]
    public void Derive_StatedSessionTotals_WinOverTheSamples()
    {
        var samples = TestSeries.FromSpeeds(TestSeries.Constant(4, 600), heartRate: _ => 150);
        var summary = Derive(new ActivityRecording([Session(Sport.Running, 0, 2450, 590, 148)], [], samples));
        Assert.Equal(Sport.Running, summary.Sport);
        Assert.Equal(2450, summary.Distance.Meters);
        Assert.Equal(590, summary.TimerTime.Seconds);
        Assert.Equal(600, summary.ElapsedTime.Seconds);
        Assert.Equal(590, summary.MovingTime.Seconds);
        Assert.Equal(148, summary.AverageHeartRate!.Value.BeatsPerMinute);
    }

    // Run 5 km in 1500 s at 150 bpm, ride 20 km in 2500 s at 130 bpm: 25 km, 4000 s,
    // heart rate weighted by time (150·1500 + 130·2500) / 4000 = 137.5 bpm.
    [Fact]
    public void Derive_TwoSessionsOfDifferentSports_IsMultisportWithSummedTotals()
    {
        var summary = Derive(new ActivityRecording(
            [Session(Sport.Running, 0, 5000, 1500, 150), Session(Sport.Cycling, 1600, 20000, 2500, 130)], [], SampleSeries.Empty));
        Assert.Equal(Sport.Multisport, summary.Sport);
        Assert.Equal(25000, summary.Distance.Meters);
        Assert.Equal(4000, summary.TimerTime.Seconds);
        Assert.Equal(137.5, summary.AverageHeartRate!.Value.BeatsPerMinute, 9);
        Assert.Equal(TestSeries.Start, summary.StartTime);
    }

    [Fact]
    public void Derive_TwoSessionsOfOneSport_KeepTheSport() =>
        Assert.Equal(Sport.Running, Derive(new ActivityRecording(
            [Session(Sport.Running, 0, 5000, 1500), Session(Sport.Running, 1600, 5000, 1500)], [], SampleSeries.Empty)).Sport);

    // A session lacking its distance: the sum over the others would be short, so the samples decide.
    [Fact]
    public void Derive_OneSessionWithoutDistance_DerivesTheDistanceFromSamples()
    {
        var samples = TestSeries.FromSpeeds(TestSeries.Constant(4, 600));
        var summary = Derive(new ActivityRecording([Session(Sport.Running, 0, 1200, 300), Session(Sport.Running, 300, null, 300)], [], samples));
        Assert.Equal(2400, summary.Distance.Meters, 9);
    }

    [Fact]
    public void Derive_UtcOffset_IsKeptOnTheStartTime()
    {
        var summary = Derive(new ActivityRecording([Session(Sport.Running, 0, 5000, 1500)], [], SampleSeries.Empty, TimeSpan.FromHours(-5)));
        Assert.Equal(TimeSpan.FromHours(-5), summary.StartTime.Offset);
        Assert.Equal(TestSeries.Start, summary.StartTime);
        Assert.Equal(1, summary.StartTime.Hour);
    }

    [Fact]
    public void Derive_NameAndDevice_PassThrough()
    {
        var summary = Derive(new ActivityRecording([Session(Sport.Running, 0, 5000, 1500)], [], SampleSeries.Empty, Name: "Tempo", Device: "Forerunner 255"));
        Assert.Equal("Tempo", summary.Name);
        Assert.Equal("Forerunner 255", summary.Device);
    }
}
