using HybridCoach.Domain.Guardrails;
using Xunit;
using static HybridCoach.Domain.Tests.Guardrails.SafetySnapshots;

namespace HybridCoach.Domain.Tests.Guardrails;

/// <summary>
/// Baseline: 10 mornings with ln rMSSD alternating 3.9 and 4.1 (49.4 and 60.3 ms) → mean 4.000, sample SD
/// √(10 × 0.01 / 9) = 0.10541, so the default line (mean − 1·SD) is 3.89459.
/// </summary>
public class HrvSuppressedGuardrailTests
{
    private const double Line = 4.0 - 0.105409255338946;

    private readonly HrvSuppressedGuardrail guardrail = new();

    private static DecisionSnapshot WithTodayLn(double? lnToday, int baselineMornings = 10) =>
        On(Day, [.. Before(baselineMornings, (d, i) => Signals(d, hrvMs: Math.Exp(i % 2 == 0 ? 3.9 : 4.1))),
            Signals(Day, hrvMs: lnToday is { } ln ? Math.Exp(ln) : null)]);

    [Fact]
    public void Evaluate_JustAboveLine_Clear()
    {
        var outcome = Evaluate(guardrail, WithTodayLn(3.90));
        Assert.True(outcome.Evaluated);
        Assert.False(outcome.Fired);
        Assert.Equal(3.90, outcome.Observed["ln_rmssd"]!.Value, 9);
        Assert.Equal(4.0, outcome.Observed["baseline_ln_rmssd_mean"]!.Value, 9);
        Assert.Equal(0.105409, outcome.Observed["baseline_ln_rmssd_sd"]!.Value, 6);
        Assert.Equal(10, outcome.Observed["baseline_readings"]);
        Assert.Equal(Line, outcome.Thresholds["min_ln_rmssd"], 9);
        Assert.Equal(1, outcome.Thresholds["sd_factor"]);
        Assert.Contains("ln rMSSD 3.900 (49.4 ms)", outcome.Reason);
    }

    [Fact]
    public void Evaluate_JustBelowLine_ReduceIntensity()
    {
        var outcome = Evaluate(guardrail, WithTodayLn(3.89));
        Assert.True(outcome.Fired);
        Assert.Equal(Recommendation.ReduceIntensity, outcome.AsksFor);
        Assert.Equal(Math.Exp(3.89), outcome.Observed["hrv_rmssd_ms"]!.Value, 9);
        Assert.Contains("baseline 4.000 ± 0.105 (10 mornings)", outcome.Reason);
        Assert.Contains("= 3.895", outcome.Reason);
    }

    [Fact]
    public void Evaluate_SixBaselineMornings_NotEvaluated()
    {
        var outcome = Evaluate(guardrail, WithTodayLn(3.0, baselineMornings: 6));
        Assert.False(outcome.Evaluated);
        Assert.False(outcome.Fired);
        Assert.Null(outcome.Observed["baseline_ln_rmssd_mean"]);
        Assert.False(outcome.Thresholds.ContainsKey("min_ln_rmssd"));
        Assert.Contains("6 HRV readings in the previous 28 days; 7 needed", outcome.Reason);
    }

    [Fact]
    public void Evaluate_NoHrvToday_NotEvaluated()
    {
        var outcome = Evaluate(guardrail, WithTodayLn(null));
        Assert.False(outcome.Evaluated);
        Assert.Null(outcome.Observed["ln_rmssd"]);
    }

    [Fact]
    public void Evaluate_AthleteOverrideSdFactor2_SameDayClears()
    {
        // Line = 4.0 − 2 × 0.10541 = 3.78918: 3.89 is no longer suppressed.
        var outcome = Evaluate(guardrail, WithTodayLn(3.89), With(guardrail, HrvSuppressedGuardrail.SdFactor, 2));
        Assert.False(outcome.Fired);
        Assert.Equal(4.0 - 2 * 0.105409255338946, outcome.Thresholds["min_ln_rmssd"], 9);
    }
}
