using HybridCoach.Application.Coaching;

namespace HybridCoach.Application.Contracts;

/// <summary>
/// `coach approve|reject --json`: the athlete, item id, new status, who decided, why, the plan version applied (if
/// any) and that change explained (narrative, source, narration audit id).
/// </summary>
public sealed record CoachDecisionJson(string Athlete, string Id, string Status, string DecidedBy, string? Reason, long? AppliedVersion,
    string? Narrative, string? NarrativeSource, long? NarrationAuditId)
{
    public static CoachDecisionJson From(string athlete, CoachDecision d) => new(athlete, d.Id, d.Status, d.DecidedBy, d.Reason, d.AppliedVersion,
        d.Narrative?.Text, d.Narrative?.Source, d.Narrative?.AuditId);
}
