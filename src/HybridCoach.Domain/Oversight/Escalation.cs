namespace HybridCoach.Domain.Oversight;

/// <summary>A concise alert for the coach: kind, urgency (1 = most urgent), the day it concerns, one-line summary, the evidence behind it for pain, the body site, and the key that identifies the report.</summary>
public sealed record Escalation(EscalationKind Kind, int Urgency, DateOnly Date, string Summary, IReadOnlyList<string> Evidence, string? Site = null)
{
    /// <summary>What makes two alerts of the same kind and day the same report, whatever their wording (the summary when null).</summary>
    public string? Key { get; init; }
}
