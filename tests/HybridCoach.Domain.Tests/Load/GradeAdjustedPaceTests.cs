using HybridCoach.Domain.Load;
using Xunit;

namespace HybridCoach.Domain.Tests.Load;

public class GradeAdjustedPaceTests
{
    [Fact]
    public void Compute_FlatSteadyRun_IsTheActualSpeed()
    {
        var graded = GradeAdjustedPace.Compute(LoadTestData.Samples(1800, _ => 3, altitudeAtDistance: _ => 100))!;
        Assert.Equal(3, graded.Average.MetersPerSecond, 9);
        Assert.Equal(3, graded.Normalised.MetersPerSecond, 6);
        Assert.Equal(1800, graded.MovingTime.Seconds, 9);
        Assert.True(graded.HasAltitude);
    }

    // A steady 10 % climb costs Cr(0.10)/Cr(0) = 1.6578 of the level (Minetti 2002, science.md §7), so 2 m/s
    // uphill is worth 3.3157 m/s on the flat; the first 20 m, before a grade can be measured, count as flat.
    [Fact]
    public void Compute_TenPercentClimb_ScalesSpeedByMinettisRatio()
    {
        var graded = GradeAdjustedPace.Compute(LoadTestData.Samples(3600, _ => 2, altitudeAtDistance: d => 0.10 * d))!;
        Assert.Equal(2 * 1.6578, graded.Average.MetersPerSecond, 0.005);
        Assert.Equal(2 * 1.6578, graded.Normalised.MetersPerSecond, 0.005);
    }

    // Minetti: −20 % is the cheapest grade, half the level cost (1.8 / 3.6).
    [Fact]
    public void Compute_TwentyPercentDescent_HalvesTheSpeed()
    {
        var graded = GradeAdjustedPace.Compute(LoadTestData.Samples(3600, _ => 4, altitudeAtDistance: d => -0.20 * d))!;
        Assert.Equal(2.0, graded.Average.MetersPerSecond, 0.005);
    }

    // Alternating 5 min at 2 and 4 m/s: mean 3 m/s; the 4th-power mean of the 30 s rolling speed is
    // ((2⁴ + 4⁴)/2)^¼ = 136^¼ = 3.4149 away from the transitions.
    [Fact]
    public void Compute_Surges_NormalisedAboveAverage()
    {
        var graded = GradeAdjustedPace.Compute(LoadTestData.Samples(3600, i => i / 300 % 2 == 0 ? 2 : 4))!;
        Assert.Equal(3, graded.Average.MetersPerSecond, 9);
        Assert.InRange(graded.Normalised.MetersPerSecond, 3.38, 3.4149);
        Assert.False(graded.HasAltitude);
    }

    [Fact]
    public void Compute_NoDistance_IsNull()
    {
        Assert.Null(GradeAdjustedPace.Compute(HybridCoach.Domain.Activities.SampleSeries.Empty));
    }
}
