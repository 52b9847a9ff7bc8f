namespace HybridCoach.Domain.Oversight;

/// <summary>A concise alert for the coach: kind, urgency (1 = most urgent), the day it concerns, one-line summary, the evidence behind it and, for pain, the body site.</summary>
public sealed record Escalation(EscalationKind Kind, int Urgency, DateOnly Date, string Summary, IReadOnlyList<string> Evidence, string? Site = null);
