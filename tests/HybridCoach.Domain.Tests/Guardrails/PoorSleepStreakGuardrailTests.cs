using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Guardrails;
using Xunit;
using static HybridCoach.Domain.Tests.Guardrails.SafetySnapshots;

namespace HybridCoach.Domain.Tests.Guardrails;

/// <summary>Defaults: 3 nights in a row, poor = under 6 h (NSF: &lt; 6 h not recommended) or quality ≤ 2/5.</summary>
public class PoorSleepStreakGuardrailTests
{
    private readonly PoorSleepStreakGuardrail guardrail = new();

    /// <summary>Mornings ending with <see cref="SafetySnapshots.Day"/>, oldest first.</summary>
    private static DecisionSnapshot Nights(params RecoverySignals[] oldestFirst) => On(Day, oldestFirst);

    private static RecoverySignals Night(int daysBack, double? hours = null, int? quality = null) =>
        Signals(Day.AddDays(-daysBack), sleepHours: hours, sleepQuality: quality);

    [Fact]
    public void Evaluate_ThreeNightsOf5Point9Hours_ReduceIntensity()
    {
        var outcome = Evaluate(guardrail, Nights(Night(2, 5.9), Night(1, 5.9), Night(0, 5.9)));
        Assert.True(outcome.Fired);
        Assert.Equal(Recommendation.ReduceIntensity, outcome.AsksFor);
        Assert.Equal(3, outcome.Observed["poor_nights_in_a_row"]);
        Assert.Equal(5.9, outcome.Observed["sleep_hours"]);
        Assert.Equal(6, outcome.Thresholds["min_sleep_hours"]);
        Assert.Equal(3, outcome.Thresholds["nights"]);
        Assert.Contains("3 poor nights in a row (poor = under 6 h or quality ≤ 2/5)", outcome.Reason);
    }

    [Fact]
    public void Evaluate_LastNightExactly6Hours_NotPoor_Clear()
    {
        var outcome = Evaluate(guardrail, Nights(Night(2, 5.9), Night(1, 5.9), Night(0, 6.0)));
        Assert.False(outcome.Fired);
        Assert.Equal(0, outcome.Observed["poor_nights_in_a_row"]);
        Assert.Contains("0 poor nights in a row, fewer than 3", outcome.Reason);
    }

    [Fact]
    public void Evaluate_TwoPoorNights_JustBelowStreak_Clear()
    {
        var outcome = Evaluate(guardrail, Nights(Night(2, 8), Night(1, 5), Night(0, 5)));
        Assert.False(outcome.Fired);
        Assert.Equal(2, outcome.Observed["poor_nights_in_a_row"]);
        Assert.Contains("2 poor nights in a row, fewer than 3", outcome.Reason);
    }

    [Fact]
    public void Evaluate_QualityTwoOfFiveWithLongNights_Poor()
    {
        var outcome = Evaluate(guardrail, Nights(Night(2, 8, 2), Night(1, 8, 1), Night(0, 7.5, 2)));
        Assert.True(outcome.Fired);
        Assert.Equal(2, outcome.Observed["sleep_quality_1_5"]);
    }

    [Fact]
    public void Evaluate_QualityThreeOfFive_NotPoor()
    {
        var outcome = Evaluate(guardrail, Nights(Night(2, 8, 2), Night(1, 8, 2), Night(0, 8, 3)));
        Assert.False(outcome.Fired);
        Assert.Equal(0, outcome.Observed["poor_nights_in_a_row"]);
    }

    [Fact]
    public void Evaluate_UnreportedMorningInside_BreaksStreakAndSaysSo()
    {
        var outcome = Evaluate(guardrail, Nights(Night(3, 4), Night(2, 4), Night(0, 4)));
        Assert.True(outcome.Evaluated);
        Assert.False(outcome.Fired);
        Assert.Equal(1, outcome.Observed["poor_nights_in_a_row"]);
        Assert.Contains("no sleep reported for 2026-06-14, which breaks the streak", outcome.Reason);
    }

    [Fact]
    public void Evaluate_NoSleepReportedToday_NotEvaluated()
    {
        var outcome = Evaluate(guardrail, Nights(Night(2, 4), Night(1, 4), Signals(Day, restingHr: 50)));
        Assert.False(outcome.Evaluated);
        Assert.False(outcome.Fired);
        Assert.Null(outcome.Observed["poor_nights_in_a_row"]);
        Assert.Contains("no sleep reported for last night", outcome.Reason);
    }

    [Fact]
    public void Evaluate_AthleteOverrideTwoNights_TwoPoorNightsFire()
    {
        var outcome = Evaluate(guardrail, Nights(Night(2, 8), Night(1, 5), Night(0, 5)), With(guardrail, PoorSleepStreakGuardrail.Nights, 2));
        Assert.True(outcome.Fired);
        Assert.Equal(2, outcome.Thresholds["nights"]);
        Assert.Contains("2 poor nights in a row", outcome.Reason);
    }

    [Fact]
    public void Evaluate_AthleteOverrideMin7Hours_SixHourNightsFire()
    {
        var outcome = Evaluate(guardrail, Nights(Night(2, 6.5), Night(1, 6.5), Night(0, 6.5)), With(guardrail, PoorSleepStreakGuardrail.MinSleepHours, 7));
        Assert.True(outcome.Fired);
        Assert.Contains("under 7 h", outcome.Reason);
    }
}
