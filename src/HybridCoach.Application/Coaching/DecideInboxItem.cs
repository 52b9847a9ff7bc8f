using HybridCoach.Application.Coaching.Records;
using HybridCoach.Application.Narration;
using HybridCoach.Application.Plans;
using HybridCoach.Application.Plans.Records;

namespace HybridCoach.Application.Coaching;

/// <summary>
/// `coach approve` / `coach reject` on one athlete's inbox item, recorded with who decided and why. Approving a
/// proposal applies it as a new plan version: the proposed plan itself when the plan has not changed since, else its
/// per-day changes onto the newest version; an edit note is kept as the decision's reason. Approving an escalation
/// acknowledges it. Approving a regenerated plan stores it whole, with the days the coach has locked by then carried
/// from the newest version (<see cref="LockedDaysCarry"/>). A decided item cannot be decided again. An applied proposal's change is narrated (the adaptation
/// diff, <c>plan_version:N</c>) and the narration audited.
/// </summary>
public sealed class DecideInboxItem(IProposalStore proposals, IEscalationStore escalations, IPlanStore plans, PlanVersionWriter writer,
    NarrateAndRecord narration, ISessionLockStore locks, TimeProvider clock, Stores.IUnitOfWork unitOfWork)
{
    public async Task<CoachDecision> ApproveAsync(string id, string by, string? edit, CancellationToken cancellationToken = default)
    {
        var who = CoachText.Who(by);
        var note = CoachText.Optional(edit, "edit");
        var (prefix, number) = CoachingIds.ParseRef(id, "id");
        if (prefix == CoachingIds.EscalationPrefix) return await AcknowledgeAsync(number, who, note, cancellationToken);
        // The plan version and the proposal's status commit together (read inside the unit, so no one decides it meanwhile); narrated after.
        var (version, brief) = await unitOfWork.RunAsync(async c =>
        {
            var applied = await ApplyAsync(await PendingAsync(prefix, number, c), who, note, c);
            if (!await proposals.DecideAsync(number, ProposalStatus.Applied, who, note ?? "approved", clock.GetUtcNow(), c))
                throw new Errors.ConflictException($"proposal {CoachingIds.Proposal(number)}: decided by someone else meanwhile");
            return applied;
        }, cancellationToken);
        return new CoachDecision(CoachingIds.Proposal(number), CoachingIds.ToId(ProposalStatus.Applied), who, note, version)
        {
            Narrative = await narration.NarrateAsync(brief, cancellationToken),
        };
    }

    public async Task<CoachDecision> RejectAsync(string id, string by, string reason, CancellationToken cancellationToken = default)
    {
        var who = CoachText.Who(by);
        var why = CoachText.Optional(reason, "reason") ?? throw new Errors.InvalidInputException("reason", ": required; say why the change is rejected");
        var (prefix, number) = CoachingIds.ParseRef(id, "id");
        if (prefix == CoachingIds.EscalationPrefix) return await AcknowledgeAsync(number, who, why, cancellationToken);
        await PendingAsync(prefix, number, cancellationToken);
        if (!await proposals.DecideAsync(number, ProposalStatus.Rejected, who, why, clock.GetUtcNow(), cancellationToken))
            throw new Errors.ConflictException($"proposal {CoachingIds.Proposal(number)}: decided by someone else meanwhile");
        return new CoachDecision(CoachingIds.Proposal(number), CoachingIds.ToId(ProposalStatus.Rejected), who, why, null);
    }

    private async Task<(long Version, PlanChangeBrief Brief)> ApplyAsync(StoredProposal proposal, string who, string? note, CancellationToken cancellationToken)
    {
        var payload = CoachingJson.ReadPayload(proposal.PayloadJson);
        if (payload.Generated is { } generated) return await ApplyGeneratedAsync(proposal, generated, who, note, cancellationToken);
        var latest = WithRace(await ReadLatestPlan.RequireAsync(plans, cancellationToken), payload.AddedRace);
        var changes = CoachingJson.Changes(payload);
        var unchanged = latest.Version == payload.BaseVersion && latest.ActiveVariant.ToId() == payload.Variant && payload.PlanJson is not null;
        var plan = unchanged ? PlanJson.ReadPlan(payload.PlanJson!) : PlanRevision.Apply(latest.Active.Plan, changes, latest.Request);
        var summary = $"{proposal.Summary} (approved by {who}{(note is null ? "" : $": {note}")})";
        var source = $"proposal {CoachingIds.Proposal(proposal.Id)}";
        var set = await writer.AddAsync(latest, plan, source, summary, who, ChangeSubmission.Notes(changes), cancellationToken);
        var origin = new ChangeOrigin(source, proposal.Route, $"approved by {who}{(note is null ? "" : $": {note}")}", latest.Version, set.Version, null);
        var brief = PlanChangeBriefs.ForChanges(origin, latest.Active.Plan, plan, changes, latest.Request, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        return (set.Version, brief);
    }

    private async Task<(long Version, PlanChangeBrief Brief)> ApplyGeneratedAsync(StoredProposal proposal, StoredPlanVersion generated, string who, string? note,
        CancellationToken cancellationToken)
    {
        var latest = await ReadLatestPlan.RequireAsync(plans, cancellationToken);
        var set = PlanSet.FromStored(generated);
        var carry = LockedDaysCarry.Apply(set.Active, set.Request, latest.Active.Plan, (await locks.ListOpenAsync(cancellationToken)).Select(l => l.Date));
        var decided = $"approved by {who}{(note is null ? "" : $": {note}")}";
        var source = $"proposal {CoachingIds.Proposal(proposal.Id)}";
        var stored = await writer.AddSetAsync(PlanRevision.WithActive(set, carry.Plan.Plan, carry.Plan.Violations), source, $"{proposal.Summary} ({decided})", who,
            ChangeSubmission.Notes(carry.Carried), cancellationToken);
        var origin = new ChangeOrigin(source, proposal.Route, decided, latest.Version, stored.Version, null);
        var brief = PlanChangeBriefs.ForChanges(origin, latest.Active.Plan, stored.Active.Plan, Regenerated(latest.Active.Plan, stored.Active.Plan, carry.Carried), stored.Request,
            DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        return (stored.Version, brief);
    }

    /// <summary>Every day the regenerated plan changes, from its start (the carried days with their own reason).</summary>
    private static IReadOnlyList<Domain.Adaptation.PlanChange> Regenerated(Domain.Planning.SeasonPlan before, Domain.Planning.SeasonPlan after,
        IReadOnlyList<Domain.Adaptation.PlanChange> carried)
    {
        var start = after.Microcycles[0].Start;
        return [.. PlanRevision.Differences(before, after).Where(d => d.Date >= start && d.After is not null && carried.All(c => c.Date != d.Date))
            .Select(d => new Domain.Adaptation.PlanChange(d.Date, d.Before, d.After, d.Before is null ? Domain.Adaptation.ChangeKind.Added : ChangeKinds.OfEdit(d.Before, d.After!),
                "the plan is generated afresh")), .. carried];
    }

    /// <summary>A proposal that adds a race adds it to the request of the version it writes (once).</summary>
    private static PlanSet WithRace(PlanSet latest, AddedRaceRecord? added) =>
        added is null || latest.Request.OtherRaces.Any(r => r.Date == added.Date) || latest.Request.GoalRace.Date == added.Date ? latest
            : latest with { Request = latest.Request with { OtherRaces = [.. latest.Request.OtherRaces, added.ToRace()] } };

    private async Task<StoredProposal> PendingAsync(char prefix, long number, CancellationToken cancellationToken)
    {
        if (prefix != CoachingIds.ProposalPrefix)
            throw new ArgumentException($"id '{prefix}{number}': adjustments are accepted with `coach adjust accept {prefix}{number}`");
        var proposal = await proposals.GetAsync(number, cancellationToken)
            ?? throw new Errors.NotFoundException($"id {CoachingIds.Proposal(number)}: no such proposal");
        return proposal.Status == ProposalStatus.Pending ? proposal
            : throw new Errors.ConflictException($"id {CoachingIds.Proposal(number)}: already {CoachingIds.ToId(proposal.Status)} by {proposal.DecidedBy}");
    }

    private async Task<CoachDecision> AcknowledgeAsync(long number, string who, string? note, CancellationToken cancellationToken)
    {
        var alert = await escalations.GetAsync(number, cancellationToken)
            ?? throw new Errors.NotFoundException($"id {CoachingIds.Escalation(number)}: no such escalation");
        if (!await escalations.AcknowledgeAsync(number, who, note, clock.GetUtcNow(), cancellationToken))
            throw new Errors.ConflictException($"id {CoachingIds.Escalation(number)}: already acknowledged by {alert.DecidedBy}");
        return new CoachDecision(CoachingIds.Escalation(number), CoachingIds.ToId(EscalationStatus.Acknowledged), who, note, null);
    }
}
