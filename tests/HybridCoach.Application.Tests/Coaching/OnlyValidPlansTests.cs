using HybridCoach.Application.Plans;
using HybridCoach.Domain.Adaptation;
using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Planning;
using Xunit;

namespace HybridCoach.Application.Tests.Coaching;

/// <summary>
/// Only valid plans are stored (issue 13 item 6): a change that breaks an invariant the plan kept is held for the
/// coach whoever agreed to it, and approving it is refused with the violation named; nothing is stored.
/// </summary>
public class OnlyValidPlansTests
{
    /// <summary>A scripted change that puts a copy of the first hard session on the day after it: two hard days in a row.</summary>
    private static async Task<CoachingWorld> WithBackToBackHardAsync()
    {
        var w = await CoachingWorld.CreateAsync();
        w.Adaptation.Changes = plan =>
        {
            var hard = plan.Sessions.First(s => s.Hard && s.Date > CoachingWorld.AsOf);
            var next = plan.Sessions.Single(s => s.Date == hard.Date.AddDays(1));
            return [new PlanChange(next.Date, next, hard with { Date = next.Date }, ChangeKind.Moved, "scripted: hard again the next day")];
        };
        await w.CheckIns.RecordAsync(new CheckIn(new DateOnly(2026, 5, 18), 5, 5, [], null, AdjustmentRequest.None), CoachingWorld.AsOf);
        return w;
    }

    [Fact]
    public async Task BreakingChange_HeldForCoachThenApprovalRefusedNamingTheInvariant()
    {
        var w = await WithBackToBackHardAsync();
        var proposal = Assert.Single(await w.Stores.ListAsync(Application.Coaching.ProposalStatus.Pending));
        Assert.Equal(("coach_approval", "plan_validator"), (proposal.Route, proposal.RuleId));

        var error = await Assert.ThrowsAsync<InvalidPlanException>(() => w.Decide.ApproveAsync("p1", "coach", null));

        Assert.StartsWith("proposal p1: the moderate plan would break", error.Message, StringComparison.Ordinal);
        Assert.Contains("hard_days_apart", error.Message, StringComparison.Ordinal);
        Assert.Contains(error.Violations, v => v.InvariantId == "hard_days_apart");
        Assert.Equal(1, (await w.LatestAsync()).Version);
        Assert.Single(await w.Stores.ListAsync(Application.Coaching.ProposalStatus.Pending));
    }

    [Fact]
    public async Task Guard_NewViolation_RefusedButStandingOnesKept()
    {
        var set = await (await CoachingWorld.CreateAsync()).LatestAsync();
        var (plan, request) = (set.Active.Plan, set.Request);
        Assert.Empty(PlanValidator.Validate(plan, request));
        var hard = plan.Sessions.First(s => s.Hard);
        var next = plan.Sessions.Single(s => s.Date == hard.Date.AddDays(1));
        var broken = Application.Coaching.PlanRevision.Apply(plan, [new PlanChange(next.Date, next, hard with { Date = next.Date }, ChangeKind.Moved, "test")]);
        var violations = PlanValidator.Validate(broken, request);
        Assert.Contains(violations, v => v.InvariantId == "hard_days_apart");

        var error = Assert.Throws<InvalidPlanException>(() => PlanVersionGuard.RequireValid(broken, request, null, "plan generate"));
        Assert.Equal(violations.Count, error.Violations.Count);
        PlanVersionGuard.RequireValid(broken, request, violations, "restore"); // the same violations, already standing: nothing new
    }

    /// <summary>A violation of an invariant the plan already breaks elsewhere is still new: the routing (ChangeSubmission)
    /// and the writer use this one test, so a change the writer would refuse is never auto-applied.</summary>
    [Fact]
    public void Added_SameInvariantAnotherPlace_IsNew()
    {
        PlanViolation[] standing = [new("hard_days_apart", 3, new DateOnly(2026, 6, 2), "x")];
        PlanViolation[] now = [standing[0], new("hard_days_apart", 5, new DateOnly(2026, 6, 16), "y")];

        var added = Assert.Single(PlanVersionGuard.Added(now, standing));

        Assert.Equal((5, new DateOnly(2026, 6, 16)), (added.MicrocycleIndex!.Value, added.Date!.Value));
        Assert.Empty(PlanVersionGuard.Added(standing, standing));
    }
}
