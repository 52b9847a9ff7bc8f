using System.Globalization;
using HybridCoach.Application.Athletes;
using HybridCoach.Application.Coaching.Records;
using HybridCoach.Application.Plans;
using HybridCoach.Domain.Oversight;
using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Racing;

namespace HybridCoach.Application.Coaching;

/// <summary>
/// `coach plan generate` under oversight. A first plan is stored at once. A plan that replaces one is the policy's
/// <c>regenerate_plan</c> change (with <c>change_target_time</c> and <c>change_goal</c> when those differ; the
/// strictest part decides, <see cref="ApprovalPolicy"/>): applied, or held as a proposal the coach approves with
/// `coach approve pN` — unless the coach runs it (<c>--by</c>), which is the coach's decision. Either way the new plan
/// carries what the replaced one held: races added through a check-in and the days the coach locked or edited
/// (<see cref="LockedDaysCarry"/>), and lists any it could not keep. A replacing plan starts on the as-of day, so
/// today keeps a session. A profile threshold pace far from the history's estimate comes back as a warning.
/// </summary>
public sealed class RegeneratePlan(BuildPlanRequest requests, GeneratePlans generator, IPlanStore plans, ISessionLockStore locks, ApprovalPolicy policy,
    IProposalStore proposals, PlanVersionWriter writer, CheckThresholdPace thresholdCheck, TimeProvider clock)
{
    public const string Source = "plan generate";

    public async Task<RegenerationOutcome> RunAsync(PlanOptions options, string? coach, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var outcome = await GenerateAsync(options, coach, cancellationToken);
        return outcome with { ThresholdWarning = await thresholdCheck.CheckAsync(options.HistoryEnd, cancellationToken) };
    }

    private async Task<RegenerationOutcome> GenerateAsync(PlanOptions options, string? coach, CancellationToken cancellationToken)
    {
        var replaced = await ReadLatestPlan.FindAsync(plans, cancellationToken);
        if (replaced is null)
            return new RegenerationOutcome(await generator.GenerateAsync(options, cancellationToken), null, null, null, [], [], []);
        // A plan that replaces one starts on the as-of day (unless told otherwise), so no day between the two goes unplanned.
        if (options.Start is null && replaced.Active.Plan.Microcycles[0].Start <= options.AsOf) options = options with { Start = options.AsOf };
        var built = await requests.BuildAsync(options, cancellationToken);
        var races = CarriedRaces(built, replaced.Request);
        var sameGoal = built.GoalRace.Date == replaced.Request.GoalRace.Date && built.GoalRace.Distance == replaced.Request.GoalRace.Distance;
        // A target the coach set for the same goal stays unless a new one is given.
        var request = built with { OtherRaces = [.. built.OtherRaces, .. races], TargetTime = options.TargetTime ?? (sameGoal ? replaced.Request.TargetTime : null) };
        var set = generator.Generate(request, options.Variant ?? replaced.ActiveVariant);
        var carry = LockedDaysCarry.Apply(set.Active, request, replaced.Active.Plan, (await locks.ListOpenAsync(cancellationToken)).Select(l => l.Date));
        set = PlanRevision.WithActive(set, carry.Plan.Plan, carry.Plan.Violations);
        var change = Change(replaced.Request, request);
        var decision = coach is null ? policy.Route(change)
            : new RouteDecision(OversightRoute.AutoApply, "coach_decision", $"run by the coach ({CoachText.Who(coach)})");
        var notes = ChangeSubmission.Notes(carry.Carried);
        if (decision.Route == OversightRoute.AutoApply)
        {
            var stored = await writer.AddSetAsync(set, Source, change.Summary, coach is null ? "policy" : CoachText.Who(coach), notes, cancellationToken);
            return new RegenerationOutcome(stored, decision, stored.Version, null, carry.Carried, carry.NotCarried, races);
        }
        var payload = new ProposalPayload(Source, replaced.Version, set.ActiveVariant.ToId(), null, [.. carry.Carried.Select(PlanChangeRecord.From)], null,
            Generated: set.ToStored());
        var id = await proposals.AddAsync(new StoredProposal(0, CoachingIds.ToId(ChangeCategory.RegeneratePlan), change.Summary, CoachingJson.Payload(payload),
            CoachingIds.RouteId(decision.Route), decision.RuleId, decision.Reason, ProposalStatus.Pending, clock.GetUtcNow()), cancellationToken);
        return new RegenerationOutcome(set, decision, null, id, carry.Carried, carry.NotCarried, races);
    }

    /// <summary>Races of the replaced plan's request (added through a check-in) that the new request lacks, within its span.</summary>
    private static IReadOnlyList<RaceEntry> CarriedRaces(PlanRequest built, PlanRequest replaced) =>
        [.. replaced.OtherRaces.Where(r => r.Date > built.Start && r.Date < built.GoalRace.Date && r.Date != built.GoalRace.Date
            && built.OtherRaces.All(o => o.Date != r.Date))];

    private static ProposedChange Change(PlanRequest before, PlanRequest after)
    {
        var summary = $"new plan for {after.GoalRace.Name} on {after.GoalRace.Date:yyyy-MM-dd} from {after.Start:yyyy-MM-dd}"
            + (after.TargetTime == before.TargetTime ? "" : $", target {Target(before)} → {Target(after)}");
        List<ProposedChange> parts = [new(ChangeCategory.RegeneratePlan, null, true, "the plan is generated afresh")];
        if (after.TargetTime != before.TargetTime) parts.Add(new(ChangeCategory.ChangeTargetTime, null, true, $"target {Target(before)} → {Target(after)}"));
        if (after.GoalRace.Date != before.GoalRace.Date || after.GoalRace.Distance != before.GoalRace.Distance)
            parts.Add(new(ChangeCategory.ChangeGoal, null, true, $"goal {before.GoalRace.Name} → {after.GoalRace.Name}"));
        return new ProposedChange(ChangeCategory.Adaptation, null, true, summary, parts);
    }

    private static string Target(PlanRequest request) =>
        request.TargetTime is { } t ? TimeSpan.FromSeconds(Math.Round(t.Seconds)).ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture) : "none";
}
