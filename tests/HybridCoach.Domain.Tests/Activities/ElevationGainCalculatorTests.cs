using HybridCoach.Domain.Activities;
using Xunit;

namespace HybridCoach.Domain.Tests.Activities;

public class ElevationGainCalculatorTests
{
    [Fact]
    public void Compute_HillUpAndDownInOneMetreSteps_IsItsHeightBothWays()
    {
        var hill = Enumerable.Range(0, 101).Concat(Enumerable.Range(0, 100).Reverse()).Select(a => 200.0 + a).ToArray();
        Assert.Equal((100.0, 100.0), ElevationGainCalculator.Compute(hill));
    }

    // Summing every rise would give 10 × 1 m; the filter must also keep all of a climb that ends the file.
    [Fact]
    public void Compute_SteadyTenMetreClimb_IsTenMetres() =>
        Assert.Equal((10.0, 0.0), ElevationGainCalculator.Compute(Enumerable.Range(0, 11).Select(a => (double)a).ToArray()));

    // ±1 m jitter on flat ground: the naive sum of rises would be 2 m per cycle (100 m over 50 cycles).
    [Fact]
    public void Compute_NoiseSmallerThanTheThresholdOnFlatGround_IsZero()
    {
        var flat = Enumerable.Range(0, 100).Select(i => 50.0 + (i % 2 == 0 ? 1 : -1)).ToArray();
        Assert.Equal((0.0, 0.0), ElevationGainCalculator.Compute(flat));
    }

    // i + 1 for even i, i - 1 for odd, i = 0…100: 1, 0, 3, 2, 5, 4, … 98, 101. A naive sum of rises gives
    // 150 m; the true climb from the first point (1 m) to the top (101 m) is 100 m.
    [Fact]
    public void Compute_NoisyClimb_IsTheClimbNotTheNoise()
    {
        var noisy = Enumerable.Range(0, 101).Select(i => i % 2 == 0 ? i + 1.0 : i - 1.0).ToArray();
        Assert.Equal(100.0, ElevationGainCalculator.Compute(noisy).AscentM);
    }

    [Fact]
    public void Compute_TwoMetreRiseUnderTheThreshold_IsNotCounted() =>
        Assert.Equal((0.0, 0.0), ElevationGainCalculator.Compute([10, 11, 12, 11, 10]));

    [Fact]
    public void Compute_MissingValues_AreSkipped() =>
        Assert.Equal((20.0, 5.0), ElevationGainCalculator.Compute([double.NaN, 100, double.NaN, 110, 120, 115]));

    [Fact]
    public void Compute_NoValues_IsZero() =>
        Assert.Equal((0.0, 0.0), ElevationGainCalculator.Compute([double.NaN]));
}
