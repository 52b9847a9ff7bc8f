using HybridCoach.Domain.Guardrails;
using Xunit;
using static HybridCoach.Domain.Tests.Guardrails.SafetySnapshots;

namespace HybridCoach.Domain.Tests.Guardrails;

/// <summary>
/// "One easy day per mile raced" (coaching convention, Jack Foster): a half marathon, 13.1 mi, owes 13 easy days;
/// a 10 km race (6.21 mi) owes 6; the day after any race is a recovery run at most.
/// </summary>
public class RaceRecoveryGuardrailTests
{
    private readonly RaceRecoveryGuardrail guardrail = new();

    private GuardrailOutcome HalfDaysAgo(int days, GuardrailSettings? settings = null) =>
        Evaluate(guardrail, On(Day, races: [RaceMiles(Day.AddDays(-days), 13.1, "Half")]), settings);

    [Fact]
    public void Evaluate_DayAfterRace_RecoveryRun()
    {
        var outcome = HalfDaysAgo(1);
        Assert.True(outcome.Fired);
        Assert.Equal(Recommendation.RecoveryRun, outcome.AsksFor);
        Assert.Equal(1, outcome.Observed["days_since_race"]);
        Assert.Equal(13.1, outcome.Observed["race_distance_mi"]!.Value, 9);
        Assert.Equal(13, outcome.Observed["easy_days_owed"]);
        Assert.Equal(1, outcome.Thresholds["recovery_run_days"]);
        Assert.Equal("Half (13.1 mi) was 1 day ago; 13 easy days owed (1 per mile): a recovery run at most today", outcome.Reason);
    }

    [Fact]
    public void Evaluate_SecondDayAfter_ReduceIntensity()
    {
        var outcome = HalfDaysAgo(2);
        Assert.Equal(Recommendation.ReduceIntensity, outcome.AsksFor);
        Assert.Equal(12, outcome.Observed["easy_days_left"]);
        Assert.Contains("12 left including today", outcome.Reason);
    }

    [Fact]
    public void Evaluate_Day13_LastOwedDay_ReduceIntensity()
    {
        var outcome = HalfDaysAgo(13);
        Assert.True(outcome.Fired);
        Assert.Equal(Recommendation.ReduceIntensity, outcome.AsksFor);
        Assert.Equal(1, outcome.Observed["easy_days_left"]);
    }

    [Fact]
    public void Evaluate_Day14_Recovered_Clear()
    {
        var outcome = HalfDaysAgo(14);
        Assert.True(outcome.Evaluated);
        Assert.False(outcome.Fired);
        Assert.Equal(0, outcome.Observed["easy_days_left"]);
        Assert.Contains("was 14 days ago; 13 easy days owed", outcome.Reason);
        Assert.Contains("recovered", outcome.Reason);
    }

    [Fact]
    public void Evaluate_TenKm_Owes6Days()
    {
        var day6 = Evaluate(guardrail, On(Day, races: [Race(Day.AddDays(-6), 10)]));
        var day7 = Evaluate(guardrail, On(Day, races: [Race(Day.AddDays(-7), 10)]));
        Assert.Equal(6, day6.Observed["easy_days_owed"]);
        Assert.True(day6.Fired);
        Assert.False(day7.Fired);
    }

    [Fact]
    public void Evaluate_TwoRaces_MoreOwedWins()
    {
        // A 10 km 3 days ago (recovery nearly done) and a marathon 10 days ago (16 easy days still owed).
        var outcome = Evaluate(guardrail, On(Day, races: [Race(Day.AddDays(-3), 10), RaceMiles(Day.AddDays(-10), 26.2)]));
        Assert.Equal(Recommendation.ReduceIntensity, outcome.AsksFor);
        Assert.Equal(26, outcome.Observed["easy_days_owed"]);
        Assert.Equal(10, outcome.Observed["days_since_race"]);
    }

    [Fact]
    public void Evaluate_RaceTodayOrFuture_NotOwed()
    {
        var outcome = Evaluate(guardrail, On(Day, races: [Race(Day, 10), Race(Day.AddDays(5), 10)]));
        Assert.False(outcome.Fired);
        Assert.Null(outcome.Observed["days_since_race"]);
        Assert.Equal("no race in the last 42 days", outcome.Reason);
    }

    [Fact]
    public void Evaluate_AthleteOverrideHalfDayPerMile_Day8Clear()
    {
        // 13.1 × 0.5 = 6.55 → 7 easy days: day 8 is free.
        var outcome = HalfDaysAgo(8, With(guardrail, RaceRecoveryGuardrail.EasyDaysPerMile, 0.5));
        Assert.False(outcome.Fired);
        Assert.Equal(7, outcome.Observed["easy_days_owed"]);
        Assert.Equal(0.5, outcome.Thresholds["easy_days_per_mile"]);
    }

    [Fact]
    public void Evaluate_AthleteOverrideTwoRecoveryRunDays_Day2RecoveryRun()
    {
        var outcome = HalfDaysAgo(2, With(guardrail, RaceRecoveryGuardrail.RecoveryRunDays, 2));
        Assert.Equal(Recommendation.RecoveryRun, outcome.AsksFor);
    }
}
