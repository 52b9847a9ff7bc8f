using HybridCoach.Application.Narration;

namespace HybridCoach.Application.Inbox;

/// <summary>
/// One thing for the coach: the athlete, the item's id (p12 proposal, e3 escalation), its kind (the escalation kind,
/// or proposal with its category), urgency (1 = most urgent), the day it concerns, a one-line summary, the evidence
/// lines, and for proposals the route (suggest_to_athlete or coach_approval); <see cref="Narrative"/> is the item's
/// latest narration on file (<c>escalation:e3</c>, <c>proposal:p12</c>), null when it was never narrated.
/// </summary>
public sealed record InboxItem(string Athlete, string Id, string Kind, int Urgency, DateOnly Date, string Summary, IReadOnlyList<string> Evidence, string? Route)
{
    public NarrationAuditRecord? Narrative { get; init; }
}
