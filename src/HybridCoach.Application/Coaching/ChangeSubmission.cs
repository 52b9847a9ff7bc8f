using HybridCoach.Application.Coaching.Records;
using HybridCoach.Application.Narration;
using HybridCoach.Application.Plans;
using HybridCoach.Application.Plans.Records;
using HybridCoach.Domain.Adaptation;
using HybridCoach.Domain.Oversight;
using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Racing;

namespace HybridCoach.Application.Coaching;

/// <summary>
/// Sends a plan change through the oversight policy (<see cref="ApprovalPolicy"/>): applied automatically as a new
/// plan version, or stored as a pending proposal for the athlete (suggest) or the coach (approval). When the athlete
/// has already said yes (accepting their own adjustment), a suggestion to the athlete counts as accepted; the coach's
/// branch still waits for the coach. A change that breaks a plan invariant the basis kept is never applied or suggested
/// on its own, even one the athlete accepted: it waits for the coach (rule <c>plan_validator</c>), and approving it is
/// refused with the violations named (<see cref="PlanVersionGuard"/>): only valid plans are stored. A change to a day the
/// coach locked (<see cref="StoredSessionLock"/>) waits for the coach too (rule <c>session_locked</c>) — except the day's
/// safety call, which a lock never overrules. A caller may pass the route it has already decided (the athlete's
/// unavailable days, which always take effect); the validator and the version guard still apply. Every outcome is narrated (the adaptation diff,
/// <see cref="PlanChangeBriefs"/>) and the narration audited: <c>plan_version:N</c> when applied, <c>proposal:pN</c> when held.
/// </summary>
public sealed class ChangeSubmission(ApprovalPolicy policy, IProposalStore proposals, PlanVersionWriter writer, NarrateAndRecord narration, ISessionLockStore locks,
    TimeProvider clock)
{
    public async Task<ChangeOutcome> SubmitAsync(PlanSet basis, SeasonPlan adapted, IReadOnlyList<PlanChange> changes, ProposedChange change,
        string source, bool athleteAgreed, long? adjustmentId = null, CancellationToken cancellationToken = default, RaceEntry? addedRace = null,
        bool safetyCall = false, RouteDecision? decision = null) =>
        await NarrateAsync(await StoreAsync(basis, adapted, changes, change, source, athleteAgreed, adjustmentId, cancellationToken, addedRace,
            safetyCall, decision), cancellationToken);

    /// <summary>
    /// Routes the change and writes it — a plan version or a pending proposal — without narrating it, so a caller can
    /// write it in a unit of work with its other writes and narrate it (<see cref="NarrateAsync"/>) once they are committed.
    /// </summary>
    public async Task<SubmittedChange> StoreAsync(PlanSet basis, SeasonPlan adapted, IReadOnlyList<PlanChange> changes, ProposedChange change,
        string source, bool athleteAgreed, long? adjustmentId = null, CancellationToken cancellationToken = default, RaceEntry? addedRace = null,
        bool safetyCall = false, RouteDecision? decision = null)
    {
        ArgumentNullException.ThrowIfNull(basis);
        changes = PlanRevision.WithImplied(basis.Active.Plan, adapted, changes);
        var violations = PlanValidator.Validate(adapted, basis.Request);
        decision ??= policy.Route(change);
        // The same test the version writer applies (PlanVersionGuard): a change it would refuse is never auto-applied.
        var broken = PlanVersionGuard.Added(violations, basis.Active.Violations).Select(v => v.InvariantId).Distinct().ToList();
        if (broken.Count > 0)
            decision = new RouteDecision(OversightRoute.CoachApproval, "plan_validator", $"the adapted plan breaks {string.Join(", ", broken)}; was {decision.RuleId}: {decision.Reason}")
            {
                Plain = $"the changed plan would break the {string.Join(" and ", broken.Select(b => b.Replace('_', ' ')))} rule{(broken.Count == 1 ? "" : "s")}",
            };
        else if (!safetyCall && await LockedAsync(changes, cancellationToken) is { Count: > 0 } locked)
            decision = new RouteDecision(OversightRoute.CoachApproval, "session_locked",
                $"the coach locked {string.Join(", ", locked.Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))}; was {decision.RuleId}: {decision.Reason}")
            {
                Plain = $"your coach locked {string.Join(", ", locked.Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))}",
            };
        var apply = decision.Route == OversightRoute.AutoApply || (athleteAgreed && decision.Route == OversightRoute.SuggestToAthlete);
        if (apply)
        {
            var by = decision.Route == OversightRoute.AutoApply ? "policy" : "athlete";
            var set = await writer.AddAsync(basis, adapted, source, change.Summary, by, Notes(changes), cancellationToken);
            return new SubmittedChange(new ChangeOutcome(decision, changes, set.Version, null, violations), basis, adapted, source);
        }
        var payload = new ProposalPayload(source, basis.Version, basis.ActiveVariant.ToId(), PlanJson.Plan(adapted),
            [.. changes.Select(PlanChangeRecord.From)], adjustmentId, addedRace is null ? null : AddedRaceRecord.From(addedRace));
        var id = await proposals.AddAsync(new StoredProposal(0, CoachingIds.ToId(change.Category), change.Summary, CoachingJson.Payload(payload),
            CoachingIds.RouteId(decision.Route), decision.RuleId, decision.Reason, ProposalStatus.Pending, clock.GetUtcNow()), cancellationToken);
        return new SubmittedChange(new ChangeOutcome(decision, changes, null, id, violations), basis, adapted, source);
    }

    private async Task<IReadOnlyList<DateOnly>> LockedAsync(IReadOnlyList<PlanChange> changes, CancellationToken cancellationToken)
    {
        var locked = (await locks.ListOpenAsync(cancellationToken)).Select(l => l.Date).ToHashSet();
        return [.. changes.Select(c => c.Date).Where(locked.Contains).Distinct().Order()];
    }

    /// <summary>The stored change's outcome with its narration (the adaptation diff, audited as its own record).</summary>
    public async Task<ChangeOutcome> NarrateAsync(SubmittedChange submitted, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(submitted);
        var (outcome, basis, adapted, source) = submitted;
        var origin = new ChangeOrigin(source, CoachingIds.RouteId(outcome.Decision.Route), outcome.Decision.Plain, basis.Version, outcome.AppliedVersion,
            outcome.ProposalId);
        var brief = PlanChangeBriefs.ForChanges(origin, basis.Active.Plan, adapted, outcome.Changes, basis.Request,
            DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        return outcome with { Narrative = await narration.NarrateAsync(brief, cancellationToken) };
    }

    public static IReadOnlyList<PlanChangeNote> Notes(IEnumerable<PlanChange> changes) =>
        [.. changes.Select(c => new PlanChangeNote(c.Date, CoachingIds.ToId(c.Kind), c.Reason))];
}
