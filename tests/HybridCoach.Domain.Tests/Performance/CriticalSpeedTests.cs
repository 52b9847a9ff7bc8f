using HybridCoach.Domain.Performance;
using HybridCoach.Domain.Units;
using Xunit;

namespace HybridCoach.Domain.Tests.Performance;

/// <summary>Linear distance–time model d = CS·t + D′ (Kordi et al. 2019; science.md §10).</summary>
public class CriticalSpeedTests
{
    private static TimedEffort Effort(double meters, double seconds) => new(new Distance(meters), new Duration(seconds));

    // science.md §10: 1200 m in 240 s and 3600 m in 840 s → CS = 4.0 m/s, D′ = 240 m.
    [Fact]
    public void Fit_TwoEfforts_GivesTwoPointCsAndDPrime()
    {
        var fit = CriticalSpeed.Fit([Effort(1200, 240), Effort(3600, 840)]);

        Assert.Equal(4.0, fit.CriticalSpeed.MetersPerSecond, 1e-9);
        Assert.Equal(240, fit.DPrime.Meters, 1e-9);
        Assert.Equal(1.0, fit.RSquared, 1e-12);
        Assert.Equal("4:10/km", fit.CriticalPace.ToString());
    }

    // science.md §10: 1200/240, 2400/530, 3600/840 → CS = 3.998519 m/s, D′ = 254.128 m (least squares).
    [Fact]
    public void Fit_ThreeEfforts_GivesLeastSquaresCsAndDPrime()
    {
        var fit = CriticalSpeed.Fit([Effort(1200, 240), Effort(2400, 530), Effort(3600, 840)]);

        Assert.Equal(3.998519, fit.CriticalSpeed.MetersPerSecond, 1e-6);
        Assert.Equal(254.128, fit.DPrime.Meters, 1e-3);
        Assert.InRange(fit.RSquared, 0.999, 1.0);
    }

    // Kordi 2019's mean CS 4.94 m/s and 3-point D′ 123.3 m over their 1200/2400/3600 m trials: times on that line
    // give back those two values.
    [Fact]
    public void Fit_KordiMeanTrials_RecoverTheirCsAndDPrime()
    {
        double[] distances = [1200, 2400, 3600];
        var fit = CriticalSpeed.Fit(distances.Select(d => Effort(d, (d - 123.3) / 4.94)).ToList());

        Assert.Equal(4.94, fit.CriticalSpeed.MetersPerSecond, 1e-9);
        Assert.Equal(123.3, fit.DPrime.Meters, 1e-6);
    }

    [Fact]
    public void PredictTime_TwoPointFit_2400mTakes540S() =>
        Assert.Equal(540, CriticalSpeed.Fit([Effort(1200, 240), Effort(3600, 840)]).PredictTime(new Distance(2400)).Seconds, 1e-9);

    [Fact]
    public void Fit_OneEffort_ThrowsNamingEfforts()
    {
        var error = Assert.Throws<ArgumentException>(() => CriticalSpeed.Fit([Effort(1200, 240)]));
        Assert.StartsWith("efforts must hold at least 2 best efforts for critical speed (was 1)", error.Message);
    }

    [Theory]
    [InlineData(400, 90, "efforts[0] lasts 1:30; critical speed needs efforts of 2:00–20:00")]
    [InlineData(10000, 1500, "efforts[0] lasts 25:00; critical speed needs efforts of 2:00–20:00")]
    public void Fit_EffortOutside2To20Minutes_ThrowsNamingTheEffort(double meters, double seconds, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => CriticalSpeed.Fit([Effort(meters, seconds), Effort(3600, 840)]));
        Assert.StartsWith(message, error.Message);
    }

    [Fact]
    public void Fit_EqualDurations_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => CriticalSpeed.Fit([Effort(1200, 300), Effort(1300, 300)]));
        Assert.StartsWith("efforts must have at least 2 different durations", error.Message);
    }

    [Fact]
    public void Fit_InconsistentEfforts_ThrowsForNegativeDPrime()
    {
        // CS = 2000/400 = 5 m/s, D′ = 1000 − 5·300 = −500 m.
        var error = Assert.Throws<ArgumentException>(() => CriticalSpeed.Fit([Effort(1000, 300), Effort(3000, 700)]));
        Assert.StartsWith("efforts give a negative D′ (-500 m)", error.Message);
    }

    [Fact]
    public void Fit_ZeroDistance_ThrowsNamingTheEffortsDistance()
    {
        var error = Assert.Throws<ArgumentException>(() => CriticalSpeed.Fit([Effort(1200, 240), Effort(0, 840)]));
        Assert.StartsWith("efforts[1].distance must be more than 0 m", error.Message);
    }
}
