using HybridCoach.Domain.Performance;
using HybridCoach.Domain.Units;
using Xunit;

namespace HybridCoach.Domain.Tests.Performance;

public class ThresholdEstimateTests
{
    private static readonly DateOnly AsOf = new(2024, 4, 1);

    private static DatedEffort Effort(string date, double meters, double seconds, string source) =>
        new(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), new Distance(meters),
            new Duration(seconds), source);

    private static readonly DatedEffort TenKIn40 = Effort("2024-03-10", 10000, 2400, "a1");          // VDOT 51.944
    private static readonly DatedEffort FiveKIn24_34 = Effort("2024-03-20", 5000, 24 * 60 + 34, "a2"); // VDOT 39.110
    private static readonly DatedEffort OldFastFiveK = Effort("2023-10-01", 5000, 17 * 60, "old");
    private static readonly DatedEffort FutureFastFiveK = Effort("2024-04-10", 5000, 17 * 60, "future");

    [Fact]
    public void Estimate_BestVdotInWindow_UsesItsDanielsTPace()
    {
        var estimate = ThresholdEstimate.Estimate([TenKIn40, FiveKIn24_34, OldFastFiveK, FutureFastFiveK], AsOf)!;

        Assert.Equal(ThresholdMethod.DanielsThresholdPace, estimate.Method);
        Assert.Equal([TenKIn40], estimate.Evidence);
        Assert.Equal(51.944, estimate.Vdot!.Value, 0.001);
        // Daniels' table (science.md §1.3): T is 4:15/km at VDOT 50 and 3:40/km at 60, so VDOT 51.9 lies between.
        Assert.InRange(estimate.ThresholdPace.SecondsPerKilometer, 220, 255);
        Assert.Equal(new DateOnly(2024, 1, 3), estimate.WindowStart);
    }

    [Fact]
    public void Estimate_EffortAfterAsOfAndBeforeWindow_AreIgnored()
    {
        var estimate = ThresholdEstimate.Estimate([FiveKIn24_34, OldFastFiveK, FutureFastFiveK], AsOf)!;

        Assert.Equal("a2", Assert.Single(estimate.Evidence).SourceId);
        Assert.Equal(39.110, estimate.Vdot!.Value, 0.001);
    }

    [Fact]
    public void Estimate_EqualVdot_PrefersTheMoreRecentEffort()
    {
        var earlier = Effort("2024-02-01", 10000, 2400, "earlier");
        var estimate = ThresholdEstimate.Estimate([earlier, TenKIn40], AsOf)!;

        Assert.Equal("a1", Assert.Single(estimate.Evidence).SourceId);
    }

    [Fact]
    public void Estimate_CriticalSpeedPreferred_UsesTheFitOverBestEfforts()
    {
        // science.md §10: 1200 m in 240 s and 3600 m in 840 s → CS 4.0 m/s = 4:10/km.
        var efforts = new[] { Effort("2024-03-01", 1200, 240, "t1"), Effort("2024-03-02", 3600, 840, "t2") };
        var estimate = ThresholdEstimate.Estimate(efforts, AsOf, ThresholdMethod.CriticalSpeed)!;

        Assert.Equal(ThresholdMethod.CriticalSpeed, estimate.Method);
        Assert.Equal(250, estimate.ThresholdPace.SecondsPerKilometer, 1e-9);
        Assert.Equal(240, estimate.CriticalSpeedFit!.DPrime.Meters, 1e-9);
        Assert.Equal(["t1", "t2"], estimate.Evidence.Select(e => e.SourceId));
    }

    [Fact]
    public void Estimate_NoEffortOf1500mOrMore_FallsBackToCriticalSpeed()
    {
        var efforts = new[] { Effort("2024-03-01", 1000, 200, "k1"), Effort("2024-03-05", 1400, 290, "k2") };
        var estimate = ThresholdEstimate.Estimate(efforts, AsOf)!;

        Assert.Equal(ThresholdMethod.CriticalSpeed, estimate.Method);
        Assert.Equal(400.0 / 90, estimate.CriticalSpeedFit!.CriticalSpeed.MetersPerSecond, 1e-9);
    }

    [Fact]
    public void Estimate_NoUsableEffort_ReturnsNull() =>
        Assert.Null(ThresholdEstimate.Estimate([Effort("2024-03-01", 400, 70, "short"), OldFastFiveK], AsOf));

    [Fact]
    public void Explain_DanielsEstimate_NamesTheEffort() =>
        Assert.Equal("daniels_t_pace: VDOT 51.9 from 10.00 km in 40:00 on 2024-03-10 (a1)",
            ThresholdEstimate.Estimate([TenKIn40], AsOf)!.Explain());

    [Fact]
    public void Estimate_ZeroWindow_ThrowsNamingWindowDays()
    {
        var error = Assert.Throws<ArgumentException>(() => ThresholdEstimate.Estimate([TenKIn40], AsOf, windowDays: 0));
        Assert.Equal("windowDays", error.ParamName);
    }

    [Fact]
    public void Estimate_NegativeTime_ThrowsNamingTheEffort()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            ThresholdEstimate.Estimate([Effort("2024-03-01", 5000, -1, "bad")], AsOf));
        Assert.StartsWith("efforts[0].time must be more than 0 s", error.Message);
    }
}
