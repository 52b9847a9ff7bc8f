using HybridCoach.Application.Coaching;
using HybridCoach.Application.Narration;

namespace HybridCoach.Application.Contracts;

/// <summary>
/// An alert for the coach: id (e3), kind, urgency (1 = most urgent), the day it concerns, summary and evidence, and
/// the alert explained for the coach (narrative, source, narration audit id; null when not narrated).
/// </summary>
public sealed record EscalationJson(string Id, string Kind, int Urgency, string Date, string Summary, IReadOnlyList<string> Evidence,
    string? Narrative = null, string? NarrativeSource = null, long? NarrationAuditId = null)
{
    public static EscalationJson From(StoredEscalation e) => From(e, null);

    public static EscalationJson From(StoredEscalation e, RecordedNarration? n) =>
        new(CoachingIds.Escalation(e.Id), e.Kind, e.Urgency, RecoverySignalsJson.DateText(e.Date), e.Summary, e.Evidence, n?.Text, n?.Source, n?.AuditId);
}
