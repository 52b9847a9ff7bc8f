using HybridCoach.Application.Coaching;
using HybridCoach.Domain.Adaptation;
using HybridCoach.Domain.Oversight;
using HybridCoach.Domain.Planning;
using Xunit;

namespace HybridCoach.Application.Tests.Coaching;

public class AdjustSessionTests
{
    private const double ThresholdSPerKm = 262;

    private static async Task<(CoachingWorld World, PlannedSession Hard)> HardSessionAsync(ApprovalSettings? settings = null)
    {
        var w = await CoachingWorld.CreateAsync(settings);
        return (w, (await w.LatestAsync()).Active.Plan.Sessions.First(s => s.Hard));
    }

    [Fact]
    public async Task Propose_LegsHeavy_ReplacementNotHarderAndStoredOpen()
    {
        var (w, hard) = await HardSessionAsync();

        var p = await w.Adjust.ProposeAsync(hard.Date, "legs heavy", CoachingWorld.AsOf);

        Assert.True(p.Verdict.Passed, string.Join("; ", p.Verdict.Reasons));
        Assert.Equal(SessionType.Recovery, p.Adjustment.Replacement.Type);
        Assert.True(p.ReplacementLoad <= p.OriginalLoad, $"{p.ReplacementLoad} vs {p.OriginalLoad}");
        Assert.Equal(PlannedLoad.Of(hard, ThresholdSPerKm), p.OriginalLoad, 6);
        Assert.Equal(p.Id, (await w.Adjust.OpenOnAsync(hard.Date)).Id);
    }

    [Fact]
    public async Task Propose_TimeTheSessionAlreadyFits_AnsweredAndNothingOpened()
    {
        var w = await CoachingWorld.CreateAsync();
        var session = (await w.LatestAsync()).Active.Plan.Sessions.First(s => s.Type != SessionType.Rest && s.DurationS <= 45 * 60);

        var error = await Assert.ThrowsAnyAsync<ArgumentException>(() => w.Adjust.ProposeAsync(session.Date, "only 45 min", CoachingWorld.AsOf));

        Assert.Equal($"reason \"only 45 min\": the planned {session.Type.Words()} ({session.DurationS / 60:0} min) already meets it, so nothing changes; "
            + "if you are tired or sore, say so (e.g. \"legs heavy\", \"sore calf\")", error.Message);
        Assert.Equal("reason", Assert.IsType<HybridCoach.Application.Errors.InvalidInputException>(error).Input);
        Assert.Null(await w.Stores.FindOpenAsync(session.Date));
    }

    [Fact]
    public async Task Propose_OnARestDay_AnsweredAndNothingOpened()
    {
        var w = await CoachingWorld.CreateAsync();
        var rest = (await w.LatestAsync()).Active.Plan.Sessions.First(s => s.Type == SessionType.Rest && s.Date >= CoachingWorld.AsOf);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => w.Adjust.ProposeAsync(rest.Date, "legs heavy", CoachingWorld.AsOf));

        Assert.Equal($"date {rest.Date:yyyy-MM-dd}: a rest day; there is nothing easier to change it to", error.Message);
        Assert.Null(await w.Stores.FindOpenAsync(rest.Date));
    }

    [Fact]
    public async Task Propose_SecondWhileOpen_ErrorNamesTheOpenRequest()
    {
        var (w, hard) = await HardSessionAsync();
        await w.Adjust.ProposeAsync(hard.Date, "legs heavy", CoachingWorld.AsOf);

        var error = await Assert.ThrowsAsync<OpenAdjustmentExistsException>(() => w.Adjust.ProposeAsync(hard.Date, "tired", CoachingWorld.AsOf));

        Assert.Equal($"date {hard.Date:yyyy-MM-dd}: adjustment a1 is already open for this session; accept or reject it first", error.Message);
    }

    [Fact]
    public async Task Accept_EasierReplacement_AutoAppliedAsVersionTwoWithWeekVolumeRecalculated()
    {
        var (w, hard) = await HardSessionAsync();
        var p = await w.Adjust.ProposeAsync(hard.Date, "legs heavy", CoachingWorld.AsOf);
        var before = (await w.LatestAsync()).Active.Plan.Microcycles.Single(m => m.Days.Any(d => d.Date == hard.Date));

        var decision = await w.Adjust.AcceptAsync(p.Id);

        var latest = await w.LatestAsync();
        var cycle = latest.Active.Plan.Microcycles.Single(m => m.Index == before.Index);
        Assert.Equal((AdjustmentStatus.Accepted, OversightRoute.AutoApply, "easier_replacement", 2L),
            (decision.Status, decision.Outcome!.Decision.Route, decision.Outcome.Decision.RuleId, latest.Version));
        Assert.Equal(p.Adjustment.Replacement.DistanceM, cycle.Days.Single(d => d.Date == hard.Date).DistanceM);
        // The week runs the difference less, and its long run is kept within the variant's share of the lighter week.
        var longCut = before.Days.Where(d => d.Type == SessionType.Long).Sum(d => d.DistanceM) - cycle.Days.Where(d => d.Type == SessionType.Long).Sum(d => d.DistanceM);
        Assert.InRange(longCut, 0, 1000);
        Assert.Equal(before.PlannedDistanceM - hard.DistanceM + p.Adjustment.Replacement.DistanceM - longCut, cycle.PlannedDistanceM, 6);
        Assert.Empty(latest.Active.Violations);
        Assert.Equal(cycle.PlannedDistanceM, latest.Active.Plan.Projection.CycleDistanceM[cycle.Index - 1], 6);
        Assert.Null(await w.Stores.FindOpenAsync(hard.Date));
    }

    [Fact]
    public async Task Accept_AgainAfterAFailureBeforeItWasMarked_MakesNoSecondVersion()
    {
        var (w, hard) = await HardSessionAsync();
        var p = await w.Adjust.ProposeAsync(hard.Date, "legs heavy", CoachingWorld.AsOf);
        await w.Adjust.AcceptAsync(p.Id);
        w.Stores.ReopenAdjustment(p.Id);

        var again = await w.Adjust.AcceptAsync(p.Id);

        Assert.Equal((AdjustmentStatus.Accepted, null), (again.Status, again.Outcome));
        Assert.Equal(2, (await w.LatestAsync()).Version);
        Assert.Null(await w.Stores.FindOpenAsync(hard.Date));
    }

    [Fact]
    public async Task Accept_AgainWhileItsProposalWaitsForTheCoach_MakesNoSecondProposal()
    {
        var (w, hard) = await HardSessionAsync(ApprovalSettings.Default with { EasierReplacement = OversightRoute.CoachApproval });
        var p = await w.Adjust.ProposeAsync(hard.Date, "legs heavy", CoachingWorld.AsOf);
        await w.Adjust.AcceptAsync(p.Id);
        w.Stores.ReopenAdjustment(p.Id);

        await w.Adjust.AcceptAsync(p.Id);

        Assert.Single(await w.Stores.ListAsync(ProposalStatus.Pending));
        Assert.Equal(1, (await w.LatestAsync()).Version);
    }

    [Fact]
    public async Task Reject_KeepsOriginalAndAllowsANewRequest()
    {
        var (w, hard) = await HardSessionAsync();
        var p = await w.Adjust.ProposeAsync(hard.Date, "legs heavy", CoachingWorld.AsOf);

        var decision = await w.Adjust.RejectAsync(p.Id);
        var again = await w.Adjust.ProposeAsync(hard.Date, "only 30 min", CoachingWorld.AsOf);

        Assert.Equal(AdjustmentStatus.Rejected, decision.Status);
        Assert.Equal(1, (await w.LatestAsync()).Version);
        Assert.Equal(2, again.Id);
        var error = await Assert.ThrowsAsync<Errors.ConflictException>(() => w.Adjust.AcceptAsync(p.Id));
        Assert.Equal("adjustment a1: already rejected", error.Message);
    }

    [Fact]
    public async Task Propose_DayOutsidePlan_ErrorNamesDate()
    {
        var (w, _) = await HardSessionAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => w.Adjust.ProposeAsync(new DateOnly(2027, 1, 1), "tired", CoachingWorld.AsOf));

        Assert.StartsWith("date 2027-01-01: the plan has no session that day", error.Message, StringComparison.Ordinal);
    }

    // A coach who wants to see every replacement: the athlete's acceptance waits, approve applies it with who and why.
    [Fact]
    public async Task Accept_CoachOnlyPolicy_WaitsUntilApprovedThenAppliedWithWhoAndWhy()
    {
        var (w, hard) = await HardSessionAsync(ApprovalSettings.Default with { EasierReplacement = OversightRoute.CoachApproval });
        var p = await w.Adjust.ProposeAsync(hard.Date, "legs heavy", CoachingWorld.AsOf);

        var decision = await w.Adjust.AcceptAsync(p.Id);
        Assert.Equal((1L, 1L), (decision.Outcome!.ProposalId!.Value, (await w.LatestAsync()).Version));

        var approved = await w.Decide.ApproveAsync("p1", "Maria (coach)", "fine, keep it easy");

        var proposal = Assert.Single(await w.Stores.ListAsync(ProposalStatus.Applied));
        Assert.Equal(("applied", 2L), (approved.Status, approved.AppliedVersion!.Value));
        Assert.Equal(("Maria (coach)", "fine, keep it easy"), (proposal.DecidedBy, proposal.DecisionReason));
        var latest = await w.LatestAsync();
        Assert.Equal(SessionType.Recovery, latest.Active.Plan.Sessions.Single(s => s.Date == hard.Date).Type);
        var version = (await w.History.ListAsync())[1];
        Assert.Equal(("proposal p1", "Maria (coach)"), (version.Source, version.DecidedBy));
        var twice = await Assert.ThrowsAsync<Errors.ConflictException>(() => w.Decide.ApproveAsync("p1", "coach", null));
        Assert.Equal("id p1: already applied by Maria (coach)", twice.Message);
    }
}
