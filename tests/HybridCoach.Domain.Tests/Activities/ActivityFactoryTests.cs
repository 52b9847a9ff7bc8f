using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Units;
using Xunit;

namespace HybridCoach.Domain.Tests.Activities;

public class ActivityFactoryTests
{
    private static readonly ActivitySource Source = new("run.fit", "fit", "00");

    private static RecordedSession Session(Sport sport, double? distanceM, double? timerS) =>
        new(sport, null, TestSeries.Start, timerS is { } t ? new Duration(t) : null, null,
            distanceM is { } d ? new Distance(d) : null, null, null, null, null, null, null, null);

    [Fact]
    public void Build_NoSessionsAndNoSamples_ThrowsNamingTheFile()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            ActivityFactory.Build(new ActivityRecording([], [], SampleSeries.Empty), Source));
        Assert.Contains("run.fit", error.Message);
        Assert.Contains("no sessions and no samples", error.Message);
    }

    // A manual 10 km in 50:00: no samples, so no splits or best efforts; moving time is the timer time.
    [Fact]
    public void Build_ManualEntry_KeepsItsStatedTotals()
    {
        var activity = ActivityFactory.Build(
            new ActivityRecording([Session(Sport.Running, 10000, 3000)], [], SampleSeries.Empty), new("manual", "manual", "ab"));
        Assert.Equal(10000, activity.Summary.Distance.Meters);
        Assert.Equal(3000, activity.Summary.TimerTime.Seconds);
        Assert.Equal(3000, activity.Summary.ElapsedTime.Seconds);
        Assert.Equal(3000, activity.Summary.MovingTime.Seconds);
        Assert.Equal(TestSeries.Start, activity.Summary.StartTime);
        Assert.Empty(activity.KilometerSplits);
        Assert.Empty(activity.BestEfforts);
        Assert.Empty(activity.Laps);
    }

    // 12 km at 4 m/s as a run: 12 km splits of 250 s, a 5 km best effort of 1250 s.
    [Fact]
    public void Build_SteadyRun_HasSplitsAndBestEfforts()
    {
        var activity = ActivityFactory.Build(
            new ActivityRecording([Session(Sport.Running, null, null)], [], TestSeries.FromSpeeds(TestSeries.Constant(4, 3000))), Source);
        Assert.Equal(12000, activity.Summary.Distance.Meters, 9);
        Assert.Equal(12, activity.KilometerSplits.Count);
        Assert.Equal(8, activity.MileSplits.Count);
        Assert.Equal(1250, activity.BestEfforts.Single(e => e.Id == "5k").Time.Seconds, 6);
        Assert.Same(activity.Samples, activity.Samples);
        Assert.Equal(Source, activity.Source);
    }

    [Fact]
    public void Build_Ride_HasSplitsButNoBestEfforts()
    {
        var activity = ActivityFactory.Build(
            new ActivityRecording([Session(Sport.Cycling, null, null)], [], TestSeries.FromSpeeds(TestSeries.Constant(8, 1500))), Source);
        Assert.Equal(12, activity.KilometerSplits.Count);
        Assert.Empty(activity.BestEfforts);
    }

    [Fact]
    public void Build_RecordedLaps_AreNumberedFromOne()
    {
        var laps = new[] { 0, 1000 }.Select(s => new RecordedLap(TestSeries.Start.AddSeconds(s), null, null, null, null, null, null, null, null, null, null)).ToArray();
        var activity = ActivityFactory.Build(
            new ActivityRecording([Session(Sport.Running, null, null)], laps, TestSeries.FromSpeeds(TestSeries.Constant(4, 3000))), Source);
        Assert.Equal([1, 2], activity.Laps.Select(l => l.Number));
        Assert.Equal(4000, activity.Laps[0].Distance.Meters, 9);
        Assert.Equal(8000, activity.Laps[1].Distance.Meters, 9);
    }
}
