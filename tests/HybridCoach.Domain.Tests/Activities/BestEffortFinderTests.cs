using HybridCoach.Domain.Activities;
using Xunit;

namespace HybridCoach.Domain.Tests.Activities;

public class BestEffortFinderTests
{
    // 5 km at 4 m/s (1250 s), 1 km at 5 m/s (200 s), 5 km at 4 m/s.
    private static readonly SampleTimeline FastMiddle = TestSeries.Timeline(TestSeries.FromSpeeds(TestSeries.Concat(
        TestSeries.Constant(4, 1250), TestSeries.Constant(5, 200), TestSeries.Constant(4, 1250))));

    // 12 km at 4 m/s: every effort takes distance / 4; no half marathon or marathon.
    [Fact]
    public void FindAll_Constant4MpsFor12Km_GivesDistanceOverSpeed()
    {
        var efforts = BestEffortFinder.FindAll(TestSeries.Timeline(TestSeries.FromSpeeds(TestSeries.Constant(4, 3000))));
        Assert.Equal(["400m", "1k", "1mi", "5k", "10k"], efforts.Select(e => e.Id));
        Assert.Equal(100, efforts[0].Time.Seconds, 6);
        Assert.Equal(250, efforts[1].Time.Seconds, 6);
        Assert.Equal(402.336, efforts[2].Time.Seconds, 6);
        Assert.Equal(1250, efforts[3].Time.Seconds, 6);
        Assert.Equal(2500, efforts[4].Time.Seconds, 6);
    }

    [Fact]
    public void Find_FastMiddleKilometre_Is200SecondsStartingAt1250()
    {
        var best = BestEffortFinder.Find(FastMiddle.TimesS, FastMiddle.DistancesM, 1000)!.Value;
        Assert.Equal(200, best.TimeS, 6);
        Assert.Equal(1250, best.StartS, 6);
    }

    // The fastest mile holds the 5 m/s kilometre and 609.344 m at 4 m/s: 200 + 152.336 = 352.336 s.
    [Fact]
    public void Find_MileAroundTheFastKilometre_AddsTheSlowerRemainder() =>
        Assert.Equal(352.336, BestEffortFinder.Find(FastMiddle.TimesS, FastMiddle.DistancesM, 1609.344)!.Value.TimeS, 6);

    // 5 km: 1 km at 5 m/s plus 4 km at 4 m/s = 200 + 1000 = 1200 s.
    [Fact]
    public void Find_FiveKmAroundTheFastKilometre_Is1200Seconds() =>
        Assert.Equal(1200, BestEffortFinder.Find(FastMiddle.TimesS, FastMiddle.DistancesM, 5000)!.Value.TimeS, 6);

    // Samples every 10 s at 3.7 m/s, except one 10 s step at 4.5 m/s (45 m). The fastest 400 m holds all
    // of the fast step and 355 m at 3.7 m/s: 10 + 355 / 3.7 = 105.946 s, with one end between samples.
    [Fact]
    public void Find_SparseSamples_InterpolatesInsideIntervals()
    {
        double[] times = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150];
        var distances = new double[times.Length];
        for (var i = 1; i < times.Length; i++) distances[i] = distances[i - 1] + (i == 8 ? 45 : 37);
        Assert.Equal(10 + 355 / 3.7, BestEffortFinder.Find(times, distances, 400)!.Value.TimeS, 6);
    }

    [Fact]
    public void Find_TargetLongerThanTheActivity_IsNull() =>
        Assert.Null(BestEffortFinder.Find(FastMiddle.TimesS, FastMiddle.DistancesM, 21097.5));

    // 3 km at 3 m/s, a 60 s stop, 1 km at 4 m/s: the best kilometre starts when the runner leaves (1060 s).
    [Fact]
    public void Find_StandingStopBeforeTheEffort_StartsWhenTheRunnerLeaves()
    {
        var timeline = TestSeries.Timeline(TestSeries.FromSpeeds(TestSeries.Concat(
            TestSeries.Constant(3, 1000), TestSeries.Constant(0, 60), TestSeries.Constant(4, 250))));
        var best = BestEffortFinder.Find(timeline.TimesS, timeline.DistancesM, 1000)!.Value;
        Assert.Equal(250, best.TimeS, 6);
        Assert.Equal(1060, best.StartS, 6);
    }
}
