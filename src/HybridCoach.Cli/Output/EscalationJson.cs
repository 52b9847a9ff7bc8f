using HybridCoach.Application.Coaching;

namespace HybridCoach.Cli.Output;

/// <summary>An alert for the coach: id (e3), kind, urgency (1 = most urgent), the day it concerns, summary and evidence.</summary>
public sealed record EscalationJson(string Id, string Kind, int Urgency, string Date, string Summary, IReadOnlyList<string> Evidence)
{
    public static EscalationJson From(StoredEscalation e) =>
        new(CoachingIds.Escalation(e.Id), e.Kind, e.Urgency, RecoverySignalsJson.DateText(e.Date), e.Summary, e.Evidence);
}
