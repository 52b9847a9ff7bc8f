namespace HybridCoach.Application.Coaching;

/// <summary>
/// One stored alert for the coach: kind id (snake_case), urgency (1 = most urgent), the day it concerns, summary,
/// evidence lines, the key that keeps it from being raised twice, status, who acknowledged it, why and when, and the body site of a pain report (null otherwise).
/// </summary>
public sealed record StoredEscalation(long Id, string Kind, int Urgency, DateOnly Date, string Summary, IReadOnlyList<string> Evidence, string DedupKey,
    EscalationStatus Status, DateTimeOffset CreatedAtUtc, string? DecidedBy = null, string? DecisionReason = null, DateTimeOffset? DecidedAtUtc = null, string? Site = null);
