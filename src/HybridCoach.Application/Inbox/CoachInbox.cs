using HybridCoach.Application.Coaching;
using HybridCoach.Application.Coaching.Records;
using HybridCoach.Application.Narration;
using HybridCoach.Domain.Oversight;

namespace HybridCoach.Application.Inbox;

/// <summary>
/// `coach inbox`: the open escalations and pending proposals of every athlete in the data directory, most urgent
/// first, then newest, then by athlete and id. Escalations keep their urgency (<see cref="EscalationUrgency"/>);
/// a proposal waiting for the coach ranks with training going wrong (<see cref="CoachApprovalUrgency"/>), one
/// suggested to the athlete last (<see cref="SuggestionUrgency"/>) — product rule: a decision the coach owns outranks
/// a mood trend, an athlete's own choice is for information. Each item carries its latest narration on file.
/// </summary>
public sealed class CoachInbox(ICoachedAthletes athletes)
{
    public const int CoachApprovalUrgency = 3;
    public const int SuggestionUrgency = 5;

    public async Task<IReadOnlyList<InboxItem>> ReadAsync(CancellationToken cancellationToken = default)
    {
        var items = new List<InboxItem>();
        foreach (var athlete in athletes.List())
        {
            using var stores = athletes.Open(athlete);
            foreach (var e in await stores.Escalations.ListAsync(EscalationStatus.Open, cancellationToken))
                items.Add(await NarratedAsync(stores, new InboxItem(athlete, CoachingIds.Escalation(e.Id), e.Kind, e.Urgency, e.Date, e.Summary, e.Evidence, null),
                    EscalationBrief.ReferenceTo(CoachingIds.Escalation(e.Id)), cancellationToken));
            foreach (var p in await stores.Proposals.ListAsync(ProposalStatus.Pending, cancellationToken))
                items.Add(await NarratedAsync(stores, FromProposal(athlete, p), PlanChangeBrief.ProposalReference(p.Id), cancellationToken));
        }
        return [.. items.OrderBy(i => i.Urgency).ThenByDescending(i => i.Date).ThenBy(i => i.Athlete, StringComparer.Ordinal).ThenBy(i => i.Id, StringComparer.Ordinal)];
    }

    private static async Task<InboxItem> NarratedAsync(AthleteInboxStores stores, InboxItem item, string reference, CancellationToken cancellationToken) =>
        stores.Narrations is { } audit ? item with { Narrative = await audit.LatestForAsync(reference, cancellationToken) } : item;

    private static InboxItem FromProposal(string athlete, StoredProposal p)
    {
        var payload = CoachingJson.ReadPayload(p.PayloadJson);
        var changes = CoachingJson.Changes(payload);
        var date = changes.Count > 0 ? changes.Min(c => c.Date) : DateOnly.FromDateTime(p.CreatedAtUtc.UtcDateTime);
        var urgency = p.Route == CoachingIds.RouteId(OversightRoute.CoachApproval) ? CoachApprovalUrgency : SuggestionUrgency;
        IReadOnlyList<string> evidence = [$"route {p.Route} ({p.RuleId}): {p.RouteReason}", .. changes.Select(c => $"{c.Date:yyyy-MM-dd} {CoachingIds.ToId(c.Kind)}: {c.Reason}")];
        return new InboxItem(athlete, CoachingIds.Proposal(p.Id), $"proposal:{p.Category}", urgency, date, p.Summary, evidence, p.Route);
    }
}
