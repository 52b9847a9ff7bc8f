using HybridCoach.Domain.Guardrails;
using HybridCoach.Domain.Racing;
using Xunit;
using static HybridCoach.Domain.Tests.Guardrails.SafetySnapshots;

namespace HybridCoach.Domain.Tests.Guardrails;

public class RaceSoonGuardrailTests
{
    private readonly RaceSoonGuardrail guardrail = new();

    private GuardrailOutcome RaceIn(int days, RacePriority priority = RacePriority.A, GuardrailSettings? settings = null) =>
        Evaluate(guardrail, On(Day, races: [Race(Day.AddDays(days), 10, priority)]), settings);

    [Fact]
    public void Evaluate_RaceIn2Days_RecoveryRun()
    {
        var outcome = RaceIn(2);
        Assert.True(outcome.Fired);
        Assert.Equal(Recommendation.RecoveryRun, outcome.AsksFor);
        Assert.Equal(2, outcome.Observed["days_to_race"]);
        Assert.Equal(10, outcome.Observed["race_distance_km"]);
        Assert.Equal(2, outcome.Thresholds["days_before"]);
        Assert.Equal("City 10K (10 km, A race) in 2 days (≤ 2 days): rest or a short shakeout only", outcome.Reason);
    }

    [Fact]
    public void Evaluate_RaceTomorrow_RecoveryRun()
    {
        var outcome = RaceIn(1);
        Assert.Equal(Recommendation.RecoveryRun, outcome.AsksFor);
        Assert.Contains("tomorrow", outcome.Reason);
    }

    [Fact]
    public void Evaluate_RaceIn3Days_JustOutside_Clear()
    {
        var outcome = RaceIn(3);
        Assert.True(outcome.Evaluated);
        Assert.False(outcome.Fired);
        Assert.Equal(3, outcome.Observed["days_to_race"]);
        Assert.Equal("no race in the next 2 days; next: City 10K in 3 days", outcome.Reason);
    }

    [Fact]
    public void Evaluate_RaceDay_ProceedWithRaceDayReason()
    {
        var outcome = RaceIn(0);
        Assert.True(outcome.Evaluated);
        Assert.False(outcome.Fired);
        Assert.Equal(Recommendation.Proceed, outcome.AsksFor);
        Assert.Equal(0, outcome.Observed["days_to_race"]);
        Assert.StartsWith("race day: City 10K", outcome.Reason);
    }

    [Fact]
    public void Evaluate_PastRaceOnly_Clear()
    {
        var outcome = RaceIn(-1);
        Assert.False(outcome.Fired);
        Assert.Null(outcome.Observed["days_to_race"]);
    }

    [Fact]
    public void Evaluate_EmptyCalendar_ClearNotMissingData()
    {
        var outcome = Evaluate(guardrail, On(Day));
        Assert.True(outcome.Evaluated);
        Assert.False(outcome.Fired);
        Assert.Equal("no race in the next 2 days", outcome.Reason);
    }

    [Fact]
    public void Evaluate_CRaceCountedByDefault()
    {
        Assert.Equal(Recommendation.RecoveryRun, RaceIn(1, RacePriority.C).AsksFor);
    }

    [Fact]
    public void Evaluate_AthleteOverrideExcludeCRaces_CRaceTrainedThrough()
    {
        var outcome = RaceIn(1, RacePriority.C, With(guardrail, RaceSoonGuardrail.IncludeCRaces, 0));
        Assert.False(outcome.Fired);
        Assert.Equal(0, outcome.Thresholds["include_c_races"]);
        Assert.Contains("C races not counted", outcome.Reason);
    }

    [Fact]
    public void Evaluate_AthleteOverride3DaysBefore_RaceIn3DaysFires()
    {
        var outcome = RaceIn(3, settings: With(guardrail, RaceSoonGuardrail.DaysBefore, 3));
        Assert.True(outcome.Fired);
        Assert.Contains("in 3 days (≤ 3 days)", outcome.Reason);
    }
}
