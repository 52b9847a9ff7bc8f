using HybridCoach.Domain.Activities;
using Xunit;

namespace HybridCoach.Domain.Tests.Activities;

public class MovingTimeCalculatorTests
{
    // 600 s running at 3 m/s, a 120 s stop at a crossing, 300 s more: 900 s moving of 1,020 s.
    [Fact]
    public void FromDistances_RunWithAStandingStop_LeavesTheStopOut()
    {
        var timeline = TestSeries.Timeline(TestSeries.FromSpeeds(TestSeries.Concat(
            TestSeries.Constant(3, 600), TestSeries.Constant(0, 120), TestSeries.Constant(3, 300))));
        Assert.Equal(1020, timeline.DurationS);
        Assert.Equal(900, MovingTimeCalculator.FromDistances(timeline.TimesS, timeline.DistancesM));
    }

    // A 0.3 m/s shuffle (GPS drift) is below the 0.5 m/s threshold; a 1.2 m/s walk is above it.
    [Fact]
    public void FromDistances_DriftAndWalk_CountsOnlyTheWalk()
    {
        var timeline = TestSeries.Timeline(TestSeries.FromSpeeds(TestSeries.Concat(
            TestSeries.Constant(0.3, 60), TestSeries.Constant(1.2, 40))));
        Assert.Equal(40, MovingTimeCalculator.FromDistances(timeline.TimesS, timeline.DistancesM));
    }

    // Samples at 0, 5, 10 s then a 45 s hole (over the 30 s gap limit) while distance advanced, then 5 s.
    [Fact]
    public void FromDistances_HoleLongerThanTheGapLimit_IsNotCounted() =>
        Assert.Equal(15, MovingTimeCalculator.FromDistances([0, 5, 10, 55, 60], [0, 15, 30, 165, 180]));

    [Fact]
    public void FromSpeeds_SpeedAtTheEndOfEachInterval_DecidesWhetherItCounts() =>
        Assert.Equal(2, MovingTimeCalculator.FromSpeeds([0, 1, 2, 3, 4], [0, 2.0, 0.2, 0.4, 3.0]));
}
