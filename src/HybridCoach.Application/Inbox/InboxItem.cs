namespace HybridCoach.Application.Inbox;

/// <summary>
/// One thing for the coach: the athlete, the item's id (p12 proposal, e3 escalation), its kind (the escalation kind,
/// or proposal with its category), urgency (1 = most urgent), the day it concerns, a one-line summary, the evidence
/// lines, and for proposals the route (suggest_to_athlete or coach_approval).
/// </summary>
public sealed record InboxItem(string Athlete, string Id, string Kind, int Urgency, DateOnly Date, string Summary, IReadOnlyList<string> Evidence, string? Route);
