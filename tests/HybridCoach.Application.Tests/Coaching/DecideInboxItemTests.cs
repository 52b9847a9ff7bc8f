using HybridCoach.Application.Coaching;
using HybridCoach.Domain.Adaptation;
using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Planning;
using Xunit;

namespace HybridCoach.Application.Tests.Coaching;

public class DecideInboxItemTests
{
    private static async Task<CoachingWorld> WithHeldCancellationAsync()
    {
        var w = await CoachingWorld.CreateAsync();
        w.Adaptation.Changes = plan =>
        {
            var hard = plan.Sessions.First(s => s.Hard);
            return [new PlanChange(hard.Date, hard, EasySessions.Rest(hard.Date), ChangeKind.Removed, "calf niggle: no intervals")];
        };
        await w.CheckIns.RecordAsync(new CheckIn(new DateOnly(2026, 5, 18), 5, 5, [], null, AdjustmentRequest.None), CoachingWorld.AsOf);
        return w;
    }

    [Fact]
    public async Task Reject_HeldProposal_RecordedWithWhoAndWhyPlanUnchanged()
    {
        var w = await WithHeldCancellationAsync();

        var decision = await w.Decide.RejectAsync("p1", "coach", "the calf is fine, keep the session");

        var proposal = Assert.Single(await w.Stores.ListAsync(ProposalStatus.Rejected));
        Assert.Equal(("rejected", "coach", "the calf is fine, keep the session"), (decision.Status, proposal.DecidedBy, proposal.DecisionReason));
        Assert.Equal(1, (await w.LatestAsync()).Version);
    }

    [Fact]
    public async Task Approve_HeldCancellation_AppliedAsNewVersionWithTheDayRested()
    {
        var w = await WithHeldCancellationAsync();
        var hard = (await w.LatestAsync()).Active.Plan.Sessions.First(s => s.Hard);

        var decision = await w.Decide.ApproveAsync("p1", "coach", null);

        var latest = await w.LatestAsync();
        Assert.Equal((2L, SessionType.Rest), (decision.AppliedVersion!.Value, latest.Active.Plan.Sessions.Single(s => s.Date == hard.Date).Type));
        Assert.Equal("approved", Assert.Single(await w.Stores.ListAsync(ProposalStatus.Applied)).DecisionReason);
    }

    [Theory]
    [InlineData("p9", "id p9: no such proposal", typeof(Errors.NotFoundException))]
    [InlineData("x1", "id 'x1': expected an id such as p12 (proposal), e3 (escalation) or a5 (adjustment), as `coach inbox` shows", typeof(ArgumentException))]
    [InlineData("e4", "id e4: no such escalation", typeof(Errors.NotFoundException))]
    public async Task Approve_UnknownOrBadId_OneLineError(string id, string message, Type kind)
    {
        var w = await WithHeldCancellationAsync();

        var error = await Assert.ThrowsAnyAsync<ArgumentException>(() => w.Decide.ApproveAsync(id, "coach", null));

        Assert.Equal((kind, message), (error.GetType(), error.Message));
    }

    [Fact]
    public async Task Reject_WithoutReason_ErrorNamesReason()
    {
        var w = await WithHeldCancellationAsync();

        var error = await Assert.ThrowsAnyAsync<ArgumentException>(() => w.Decide.RejectAsync("p1", "coach", " "));

        Assert.Equal("--reason: required; say why the change is rejected", Assert.IsType<HybridCoach.Application.Errors.InvalidInputException>(error).AsOption());
    }

    [Fact]
    public async Task Approve_Escalation_AcknowledgedOnce()
    {
        var w = await CoachingWorld.CreateAsync();
        await w.CheckIns.RecordAsync(new CheckIn(new DateOnly(2026, 5, 18), 5, 5, [], "I fainted after the intervals", AdjustmentRequest.None), CoachingWorld.AsOf);

        var decision = await w.Decide.ApproveAsync("e1", "coach", "called her, seeing a doctor");

        Assert.Equal(("e1", "acknowledged"), (decision.Id, decision.Status));
        Assert.Empty(await w.Stores.ListAsync(EscalationStatus.Open));
        await Assert.ThrowsAsync<Errors.ConflictException>(() => w.Decide.ApproveAsync("e1", "coach", null));
    }
}
