using HybridCoach.Application.Coaching;
using HybridCoach.Domain.Adaptation;
using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Planning;
using Xunit;

namespace HybridCoach.Application.Tests.Coaching;

public class RecordCheckInTests
{
    private static readonly DateOnly Week = new(2026, 5, 18);

    private static CheckIn CheckIn(string? notes = null, params Niggle[] niggles) => new(Week, 6, 7, niggles, notes, AdjustmentRequest.None);

    [Fact]
    public async Task Record_ChestPainInNotes_StoresCheckInAndRaisesMedicalRedFlagUrgencyOne()
    {
        var w = await CoachingWorld.CreateAsync();

        var result = await w.CheckIns.RecordAsync(CheckIn("Felt some chest pain on Sunday's long run", new Niggle("calf", BodySide.Left, 3)), CoachingWorld.AsOf);

        var stored = Assert.Single(await w.Stores.ListAsync(CoachingWorld.AsOf));
        Assert.Equal((1L, 6, 7), (result.CheckInId, stored.Effort, stored.Fatigue));
        Assert.Equal("calf", Assert.Single(EscalationRaiser.ToCheckIn(stored).Niggles).Site);
        var alert = Assert.Single(result.Escalations);
        Assert.Equal(("medical_red_flag", 1, Week), (alert.Kind, alert.Urgency, alert.Date));
        Assert.Contains("chest pain", alert.Evidence[0], StringComparison.Ordinal);
        Assert.Null(result.Adaptation);
    }

    [Fact]
    public async Task Record_SameAlertTwice_RaisedOnce()
    {
        var w = await CoachingWorld.CreateAsync();
        await w.CheckIns.RecordAsync(CheckIn("chest pain again"), CoachingWorld.AsOf);

        var second = await w.CheckIns.RecordAsync(CheckIn("chest pain again"), CoachingWorld.AsOf);

        Assert.Empty(second.Escalations);
        Assert.Single(await w.Stores.ListAsync(Application.Coaching.EscalationStatus.Open));
    }

    [Fact]
    public async Task Record_NoNegatedFlag_NoAlert()
    {
        var w = await CoachingWorld.CreateAsync();

        var result = await w.CheckIns.RecordAsync(CheckIn("no chest pain, legs fine"), CoachingWorld.AsOf);

        Assert.Empty(result.Escalations);
    }

    [Fact]
    public async Task Record_WeekAfterAsOf_ErrorNamesWeek()
    {
        var w = await CoachingWorld.CreateAsync();

        var error = await Assert.ThrowsAnyAsync<ArgumentException>(() => w.CheckIns.RecordAsync(CheckIn(), new DateOnly(2026, 5, 17)));

        Assert.StartsWith("--week 2026-05-18: after the as-of day 2026-05-17", Assert.IsType<HybridCoach.Application.Errors.InvalidInputException>(error).AsOption(), StringComparison.Ordinal);
    }

    // A rule that fired but found no valid change must not vanish: the coach's inbox gets "adaptation blocked by <invariant>".
    [Fact]
    public async Task Record_AdaptationBlocked_AlertsCoachAndPlanStays()
    {
        var w = await CoachingWorld.CreateAsync();
        w.Adaptation.Blocked = [new BlockedRule("niggle", [new PlanViolation("cycle_growth", 3, new DateOnly(2026, 6, 1),
            "microcycle 3 (build): 50 km in 7 days is 20.0 % more per day than microcycle 2's 41.7 km in 7 days; the moderate limit is 8.0 %")])];

        var result = await w.CheckIns.RecordAsync(CheckIn(null, new Niggle("calf", BodySide.Left, 3)), CoachingWorld.AsOf);
        var again = await w.CheckIns.RecordAsync(CheckIn(null, new Niggle("calf", BodySide.Left, 3)), CoachingWorld.AsOf);

        var alert = Assert.Single(result.Escalations);
        Assert.Equal(("adaptation_blocked", 3, CoachingWorld.AsOf), (alert.Kind, alert.Urgency, alert.Date));
        Assert.StartsWith("adaptation blocked by cycle growth: the niggle rule found no valid change, so those days stay as planned", alert.Summary, StringComparison.Ordinal);
        Assert.StartsWith("cycle_growth: microcycle 3 (build): 50 km", Assert.Single(alert.Evidence), StringComparison.Ordinal);
        Assert.Empty(again.Escalations);
        Assert.Single(await w.Stores.ListAsync(Application.Coaching.EscalationStatus.Open));
        Assert.Null(result.Adaptation);
        Assert.Equal(1, (await w.LatestAsync()).Version);
    }

    // Shortening the last easy run (race week) by about 5 minutes (the adjuster's short-on-time cut) cuts well under 10 % of its microcycle's load and breaks no invariant: load_reduction.small → auto_apply.
    [Fact]
    public async Task Record_SmallLoadReduction_AutoAppliedAsVersionTwo()
    {
        var w = await CoachingWorld.CreateAsync();
        w.Adaptation.Changes = plan =>
        {
            var easy = plan.Sessions.Last(s => s.Type == SessionType.Easy && s.DurationS > 20 * 60);
            var minutes = (int)(easy.DurationS / 60) - 5;
            var shorter = SessionAdjuster.Propose(easy, $"only {minutes} min", new AdjusterContext(new Domain.Units.Pace(262), null, [], [])).Replacement;
            return [new PlanChange(easy.Date, easy, shorter, ChangeKind.Shortened, "fatigue 7/10: a little shorter")];
        };

        var result = await w.CheckIns.RecordAsync(CheckIn(), CoachingWorld.AsOf);

        var outcome = Assert.IsType<ChangeOutcome>(result.Adaptation);
        Assert.Equal((Domain.Oversight.OversightRoute.AutoApply, "adaptation.strictest_part", 2L), (outcome.Decision.Route, outcome.Decision.RuleId, outcome.AppliedVersion));
        Assert.Contains("load_reduction.small", outcome.Decision.Reason, StringComparison.Ordinal);
        Assert.Equal(2, (await w.LatestAsync()).Version);
        var note = Assert.Single((await w.History.DiffAsync(1, 2)).Days);
        Assert.Equal(("shortened", "fatigue 7/10: a little shorter"), (note.Kind, note.Reason));
    }

    // Removing a key workout routes cancel_key_workout → coach_approval: a pending proposal, the plan untouched.
    [Fact]
    public async Task Record_CancelKeyWorkout_HeldForCoachPlanUnchanged()
    {
        var w = await CoachingWorld.CreateAsync();
        w.Adaptation.Changes = plan =>
        {
            var hard = plan.Sessions.First(s => s.Hard);
            return [new PlanChange(hard.Date, hard, EasySessions.Rest(hard.Date), ChangeKind.Removed, "calf niggle: no intervals")];
        };

        var result = await w.CheckIns.RecordAsync(CheckIn(), CoachingWorld.AsOf);

        var outcome = Assert.IsType<ChangeOutcome>(result.Adaptation);
        Assert.Equal(Domain.Oversight.OversightRoute.CoachApproval, outcome.Decision.Route);
        Assert.Contains("cancel_key_workout", outcome.Decision.Reason, StringComparison.Ordinal);
        Assert.Equal((null, 1L), (outcome.AppliedVersion, outcome.ProposalId));
        Assert.Equal(1, (await w.LatestAsync()).Version);
    }

    // An added race is the coach's call (add_race → coach_approval), even when the adaptation itself is a small cut.
    [Fact]
    public async Task Record_AddRace_HeldForCoach()
    {
        var w = await CoachingWorld.CreateAsync();
        w.Adaptation.Changes = plan =>
        {
            var easy = plan.Sessions.Last(s => s.Type == SessionType.Easy && s.DurationS > 20 * 60);
            var minutes = (int)(easy.DurationS / 60) - 5;
            var shorter = SessionAdjuster.Propose(easy, $"only {minutes} min", new AdjusterContext(new Domain.Units.Pace(262), null, [], [])).Replacement;
            return [new PlanChange(easy.Date, easy, shorter, ChangeKind.Shortened, "mini-taper for the added 10K")];
        };
        var race = new Domain.Racing.RaceEntry(new DateOnly(2026, 7, 5), "City 10K", Domain.Units.Distance.FromKilometers(10), Domain.Racing.RacePriority.B);

        var result = await w.CheckIns.RecordAsync(new CheckIn(Week, 6, 7, [], null, new AdjustmentRequest(null, [], false, race, false)), CoachingWorld.AsOf);

        Assert.Equal(Domain.Oversight.OversightRoute.CoachApproval, result.Adaptation!.Decision.Route);
        Assert.Contains("add_race", result.Adaptation.Decision.Reason, StringComparison.Ordinal);
        Assert.Equal(1, (await w.LatestAsync()).Version);
    }
}
