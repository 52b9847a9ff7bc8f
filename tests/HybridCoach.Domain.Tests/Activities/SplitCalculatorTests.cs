using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Units;
using Xunit;

namespace HybridCoach.Domain.Tests.Activities;

public class SplitCalculatorTests
{
    private static readonly SampleTimeline Steady12K = TestSeries.Timeline(TestSeries.FromSpeeds(TestSeries.Constant(4, 3000)));

    // 12 km at a constant 4 m/s: twelve kilometres of 1000 / 4 = 250 s, nothing left over.
    [Fact]
    public void Compute_Constant4MpsFor12Km_GivesTwelve250SecondKilometres()
    {
        var splits = SplitCalculator.Compute(Steady12K, DistanceUnit.Kilometers);
        Assert.Equal(12, splits.Count);
        Assert.All(splits, s => Assert.Equal(250, s.Time.Seconds, 6));
        Assert.All(splits, s => Assert.Equal(1000, s.Distance.Meters, 6));
        Assert.Equal(Enumerable.Range(1, 12), splits.Select(s => s.Number));
    }

    // 7 miles of 1609.344 / 4 = 402.336 s, then 12,000 − 11,265.408 = 734.592 m in 183.648 s.
    [Fact]
    public void Compute_Constant4MpsFor12Km_GivesSevenMilesAndAPartial()
    {
        var splits = SplitCalculator.Compute(Steady12K, DistanceUnit.Miles);
        Assert.Equal(8, splits.Count);
        Assert.All(splits.Take(7), s => Assert.Equal(402.336, s.Time.Seconds, 6));
        Assert.Equal(734.592, splits[7].Distance.Meters, 6);
        Assert.Equal(183.648, splits[7].Time.Seconds, 6);
        Assert.Equal(DistanceUnit.Miles, splits[7].Length);
    }

    // 5 km at 4 m/s, 1 km at 5 m/s, 5 km at 4 m/s: the sixth kilometre takes 200 s, the others 250 s.
    [Fact]
    public void Compute_FastMiddleKilometre_IsTheSixthSplit()
    {
        var timeline = TestSeries.Timeline(TestSeries.FromSpeeds(TestSeries.Concat(
            TestSeries.Constant(4, 1250), TestSeries.Constant(5, 200), TestSeries.Constant(4, 1250))));
        var times = SplitCalculator.Compute(timeline, DistanceUnit.Kilometers).Select(s => Math.Round(s.Time.Seconds, 6));
        Assert.Equal([250, 250, 250, 250, 250, 200, 250, 250, 250, 250, 250], times);
    }

    // Boundary between samples: 3 m/s, so 1 km is crossed at 333.33 s, between the samples at 333 and 334 s.
    [Fact]
    public void Compute_BoundaryBetweenSamples_IsInterpolated()
    {
        var timeline = TestSeries.Timeline(TestSeries.FromSpeeds(TestSeries.Constant(3, 400)));
        var splits = SplitCalculator.Compute(timeline, DistanceUnit.Kilometers);
        Assert.Equal(1000.0 / 3, splits[0].Time.Seconds, 9);
        Assert.Equal(200, splits[1].Distance.Meters, 9);
        Assert.Equal(400 - 1000.0 / 3, splits[1].Time.Seconds, 9);
    }

    // Heart rate 140 bpm for the first 250 s, 160 after: split 1 averages 140, split 2 160.
    [Fact]
    public void Compute_HeartRatePerSplit_IsTheMeanInsideTheSplit()
    {
        var timeline = TestSeries.Timeline(TestSeries.FromSpeeds(TestSeries.Constant(4, 500), heartRate: i => i < 250 ? 140 : 160));
        var splits = SplitCalculator.Compute(timeline, DistanceUnit.Kilometers);
        Assert.Equal(140, splits[0].AverageHeartRate!.Value.BeatsPerMinute);
        Assert.Equal(160, splits[1].AverageHeartRate!.Value.BeatsPerMinute);
    }

    // Climbing 1 m every 5 s for the first 250 s (50 m), flat after: the gain is all in kilometre 1.
    [Fact]
    public void Compute_HillInTheFirstKilometre_GivesItsGainToSplitOne()
    {
        var timeline = TestSeries.Timeline(TestSeries.FromSpeeds(TestSeries.Constant(4, 500), altitude: i => Math.Min(i, 250) / 5.0));
        var splits = SplitCalculator.Compute(timeline, DistanceUnit.Kilometers);
        Assert.Equal(50, splits[0].ElevationGainM!.Value, 9);
        Assert.Equal(0, splits[1].ElevationGainM!.Value, 9);
    }

    [Fact]
    public void Compute_WithoutDistance_GivesNoSplits() =>
        Assert.Empty(SplitCalculator.Compute(SampleTimeline.From(SampleSeries.Empty), DistanceUnit.Kilometers));
}
