using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Guardrails;
using Xunit;
using static HybridCoach.Domain.Tests.Guardrails.SafetySnapshots;

namespace HybridCoach.Domain.Tests.Guardrails;

/// <summary>Baseline: 8 mornings alternating 48 and 52 bpm → mean 50.0 bpm; defaults +5 (intensity) and +10 (recovery run).</summary>
public class RestingHeartRateElevatedGuardrailTests
{
    private readonly RestingHeartRateElevatedGuardrail guardrail = new();

    private static DecisionSnapshot WithToday(int? todayBpm, int baselineMornings = 8, IEnumerable<RecoverySignals>? older = null) =>
        On(Day, [.. Before(baselineMornings, (d, i) => Signals(d, restingHr: i % 2 == 0 ? 48 : 52)), .. older ?? [],
            Signals(Day, restingHr: todayBpm)]);

    [Fact]
    public void Evaluate_Rise4Bpm_JustBelowLine_Clear()
    {
        var outcome = Evaluate(guardrail, WithToday(54));
        Assert.True(outcome.Evaluated);
        Assert.False(outcome.Fired);
        Assert.Equal(54, outcome.Observed["resting_hr_bpm"]);
        Assert.Equal(50.0, outcome.Observed["baseline_resting_hr_bpm"]);
        Assert.Equal(4.0, outcome.Observed["rise_bpm"]);
        Assert.Equal(8, outcome.Observed["baseline_readings"]);
        Assert.Equal(5, outcome.Thresholds["min_rise_bpm"]);
        Assert.Contains("+4.0 bpm", outcome.Reason);
    }

    [Fact]
    public void Evaluate_Rise5Bpm_AtLine_ReduceIntensity()
    {
        var outcome = Evaluate(guardrail, WithToday(55));
        Assert.True(outcome.Fired);
        Assert.Equal(Recommendation.ReduceIntensity, outcome.AsksFor);
        Assert.Equal(5.0, outcome.Observed["rise_bpm"]);
        Assert.Contains("resting HR 55 bpm is +5.0 bpm against the 14-day baseline of 50.0 bpm (8 mornings)", outcome.Reason);
    }

    [Fact]
    public void Evaluate_Rise9Bpm_JustBelowHighLine_ReduceIntensity()
    {
        var outcome = Evaluate(guardrail, WithToday(59));
        Assert.Equal(Recommendation.ReduceIntensity, outcome.AsksFor);
        Assert.Equal(9.0, outcome.Observed["rise_bpm"]);
    }

    [Fact]
    public void Evaluate_Rise10Bpm_AtHighLine_RecoveryRun()
    {
        var outcome = Evaluate(guardrail, WithToday(60));
        Assert.True(outcome.Fired);
        Assert.Equal(Recommendation.RecoveryRun, outcome.AsksFor);
        Assert.Equal(10, outcome.Thresholds["high_rise_bpm"]);
        Assert.Contains("+10.0 bpm", outcome.Reason);
        Assert.Contains("≥ +10", outcome.Reason);
    }

    [Fact]
    public void Evaluate_ReadingsOlderThanWindow_LeftOutOfBaseline()
    {
        // 20 and 30 days back, outside the 14-day window: a high old baseline would hide the rise.
        var outcome = Evaluate(guardrail, WithToday(55, older: [Signals(Day.AddDays(-20), restingHr: 70), Signals(Day.AddDays(-30), restingHr: 70)]));
        Assert.Equal(50.0, outcome.Observed["baseline_resting_hr_bpm"]);
        Assert.True(outcome.Fired);
    }

    [Fact]
    public void Evaluate_FourBaselineMornings_NotEvaluated()
    {
        var outcome = Evaluate(guardrail, WithToday(70, baselineMornings: 4));
        Assert.False(outcome.Evaluated);
        Assert.False(outcome.Fired);
        Assert.Null(outcome.Observed["baseline_resting_hr_bpm"]);
        Assert.Equal(4, outcome.Observed["baseline_readings"]);
        Assert.Contains("4 resting HR readings in the previous 14 days; 5 needed", outcome.Reason);
    }

    [Fact]
    public void Evaluate_NoRestingHrToday_NotEvaluated()
    {
        var outcome = Evaluate(guardrail, WithToday(null));
        Assert.False(outcome.Evaluated);
        Assert.Null(outcome.Observed["resting_hr_bpm"]);
    }

    [Fact]
    public void Evaluate_AthleteOverrideMinRise4_Rise4Fires()
    {
        var outcome = Evaluate(guardrail, WithToday(54), With(guardrail, RestingHeartRateElevatedGuardrail.MinRiseBpm, 4));
        Assert.True(outcome.Fired);
        Assert.Equal(Recommendation.ReduceIntensity, outcome.AsksFor);
        Assert.Equal(4, outcome.Thresholds["min_rise_bpm"]);
    }

    [Fact]
    public void Evaluate_AthleteOverrideMinBaseline3_FourMorningsEnough()
    {
        var outcome = Evaluate(guardrail, WithToday(60, baselineMornings: 4), With(guardrail, RestingHeartRateElevatedGuardrail.MinBaselineReadings, 3));
        Assert.True(outcome.Evaluated);
        Assert.Equal(Recommendation.RecoveryRun, outcome.AsksFor);
    }
}
