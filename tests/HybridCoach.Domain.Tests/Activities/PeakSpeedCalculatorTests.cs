using HybridCoach.Domain.Activities;
using Xunit;

namespace HybridCoach.Domain.Tests.Activities;

public class PeakSpeedCalculatorTests
{
    [Fact]
    public void FromSpeeds_IgnoresMissingValues_GivesTheMaximum() =>
        Assert.Equal(5.5, PeakSpeedCalculator.FromSpeeds([3, double.NaN, 5.5, 4]));

    // A one-second GPS jump of 20 m in a 4 m/s run: over a 5 s window it reads (16 + 20) / 5 = 7.2 m/s
    // rather than 20 m/s.
    [Fact]
    public void FromDistances_SingleSecondSpike_IsAveragedOverFiveSeconds()
    {
        var speeds = TestSeries.Constant(4, 60);
        speeds[30] = 20;
        var timeline = TestSeries.Timeline(TestSeries.FromSpeeds(speeds));
        Assert.Equal(7.2, PeakSpeedCalculator.FromDistances(timeline.TimesS, timeline.DistancesM)!.Value, 9);
    }

    [Fact]
    public void FromDistances_ShorterThanOneWindow_IsNull() =>
        Assert.Null(PeakSpeedCalculator.FromDistances([0, 1, 2], [0, 4, 8]));
}
