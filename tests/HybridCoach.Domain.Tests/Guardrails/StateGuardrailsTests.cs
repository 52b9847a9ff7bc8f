using HybridCoach.Domain.Guardrails;
using HybridCoach.Domain.Restrictions;
using HybridCoach.Domain.Activities;
using Xunit;
using static HybridCoach.Domain.Tests.Guardrails.SafetySnapshots;

namespace HybridCoach.Domain.Tests.Guardrails;

/// <summary>The guardrails that read the athlete's state: open flags, coach holds, unavailable days.</summary>
public class StateGuardrailsTests
{
    private static DecisionSnapshot With(AthleteState state, params ActivityFact[] activities) => On(Day) with { State = state, Activities = activities };

    private static OpenFlag RedFlag(DateOnly since) => new("e1", OpenFlagKind.MedicalRedFlag, since, null, "chest pain");

    private static OpenFlag Pain(DateOnly since, string? site) => new("e2", OpenFlagKind.Pain, since, site, "pain");

    private static CoachHold Hold(HoldKind kind, DateOnly from, DateOnly? until = null, double? km = null) => new("h1", kind, from, until, km, "coach says so");

    private static ActivityFact Run(int daysBefore, double km) => new(daysBefore, Day.AddDays(-daysBefore), Sport.Running, km * 1000, km * 330, km * 6, false);

    [Fact]
    public void MedicalRedFlagOpen_FlagSinceEarlierDay_FullRestAndDoctor()
    {
        var outcome = Evaluate(new MedicalRedFlagOpenGuardrail(), With(new AthleteState([RedFlag(Day.AddDays(-3))], [], [])));
        Assert.Equal((true, Recommendation.FullRest), (outcome.Fired, outcome.AsksFor));
        Assert.Contains("doctor", outcome.Reason, StringComparison.Ordinal);
        Assert.Equal(1, outcome.Observed["open_medical_red_flags"]);
    }

    [Fact]
    public void MedicalRedFlagOpen_FlagRaisedAfterTheDay_Clear()
    {
        Assert.False(Evaluate(new MedicalRedFlagOpenGuardrail(), With(new AthleteState([RedFlag(Day.AddDays(1))], [], []))).Fired);
    }

    [Fact]
    public void PainReportOpen_SiteNamed_NoRunningAtThatSite()
    {
        var outcome = Evaluate(new PainReportOpenGuardrail(), With(new AthleteState([Pain(Day.AddDays(-1), "right_achilles")], [], [])));
        Assert.Equal((true, Recommendation.CrossTrainOrRest), (outcome.Fired, outcome.AsksFor));
        Assert.Contains("at the right_achilles since 2026-06-14 (e2)", outcome.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HoldKind.NoTraining, Recommendation.FullRest)]
    [InlineData(HoldKind.NoRunning, Recommendation.CrossTrainOrRest)]
    [InlineData(HoldKind.NoHardSessions, Recommendation.ReduceIntensity)]
    public void CoachHold_InForce_AsksForItsCall(HoldKind kind, Recommendation expected)
    {
        var outcome = Evaluate(new CoachHoldGuardrail(), With(new AthleteState([], [Hold(kind, Day.AddDays(-2), Day)], [])));
        Assert.Equal((true, expected), (outcome.Fired, outcome.AsksFor));
    }

    [Fact]
    public void CoachHold_EndedTheDayBefore_Clear()
    {
        Assert.False(Evaluate(new CoachHoldGuardrail(), With(new AthleteState([], [Hold(HoldKind.NoRunning, Day.AddDays(-5), Day.AddDays(-1))], []))).Fired);
    }

    [Fact]
    public void CoachHold_WeeklyCapReachedInTheSixDaysBefore_NoRunning()
    {
        // 12 + 10 + 8 = 30 km in the 6 days before; the run 7 days before does not count.
        var state = new AthleteState([], [Hold(HoldKind.MaxWeeklyDistance, Day.AddDays(-10), km: 30)], []);
        var outcome = Evaluate(new CoachHoldGuardrail(), With(state, Run(1, 12), Run(3, 10), Run(6, 8), Run(7, 20)));
        Assert.Equal((true, Recommendation.CrossTrainOrRest), (outcome.Fired, outcome.AsksFor));
        Assert.Equal(30, outcome.Observed["run_km_last_6_days"]);
        Assert.Equal(30, outcome.Thresholds["max_weekly_km"]);
    }

    [Fact]
    public void CoachHold_WeeklyCapNotReached_ClearWithTheKmLeft()
    {
        var state = new AthleteState([], [Hold(HoldKind.MaxWeeklyDistance, Day.AddDays(-10), km: 30)], []);
        var outcome = Evaluate(new CoachHoldGuardrail(), With(state, Run(1, 12), Run(3, 10)));
        Assert.False(outcome.Fired);
        Assert.Contains("8.0 km of running left", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void UnavailableDay_TheDay_FullRest()
    {
        var outcome = Evaluate(new UnavailableDayGuardrail(), With(new AthleteState([], [], [Day])));
        Assert.Equal((true, Recommendation.FullRest), (outcome.Fired, outcome.AsksFor));
        Assert.False(Evaluate(new UnavailableDayGuardrail(), With(new AthleteState([], [], [Day.AddDays(1)]))).Fired);
    }

    [Fact]
    public void Engine_RedFlagWithEverythingElseFine_FullRestDecidedByTheFlag()
    {
        var decision = GuardrailEngine.Default.Decide(With(new AthleteState([RedFlag(Day.AddDays(-1))], [], [])), GuardrailCatalog.DefaultSettings);
        Assert.Equal(Recommendation.FullRest, decision.Recommendation);
        Assert.Equal(["medical_red_flag_open"], decision.DecidedBy);
    }

    [Fact]
    public void StateCall_DaysAheadOfAHold_HeldOnlyInsideIt()
    {
        var state = new AthleteState([], [Hold(HoldKind.NoRunning, Day, Day.AddDays(2))], []);
        var calls = Enumerable.Range(0, 4).Select(i => StateCall.For(state, Day.AddDays(i), GuardrailCatalog.DefaultSettings).Recommendation);
        Assert.Equal([Recommendation.CrossTrainOrRest, Recommendation.CrossTrainOrRest, Recommendation.CrossTrainOrRest, Recommendation.Proceed], calls);
    }

    [Fact]
    public void CoachHold_InvalidInput_ErrorNamesTheField()
    {
        Assert.Contains("until 2026-06-14", Assert.Throws<ArgumentException>(() => Hold(HoldKind.NoRunning, Day, Day.AddDays(-1))).Message, StringComparison.Ordinal);
        Assert.Contains("max weekly km: required", Assert.Throws<ArgumentException>(() => Hold(HoldKind.MaxWeeklyDistance, Day)).Message, StringComparison.Ordinal);
        Assert.Contains("max weekly km 400", Assert.Throws<ArgumentException>(() => Hold(HoldKind.MaxWeeklyDistance, Day, km: 400)).Message, StringComparison.Ordinal);
        Assert.Contains("reason: required", Assert.Throws<ArgumentException>(() => new CoachHold("h1", HoldKind.NoRunning, Day, null, null, " ")).Message, StringComparison.Ordinal);
    }
}
