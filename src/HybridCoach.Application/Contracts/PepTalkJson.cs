using HybridCoach.Application.Decisions;
using HybridCoach.Domain.Guardrails;

namespace HybridCoach.Application.Contracts;

/// <summary>`coach pep-talk --json`: the day, the engine's call, the pep talk, where it came from and the audit record.</summary>
public sealed record PepTalkJson(string Date, string Recommendation, string PepTalk, string NarrativeSource, long AuditId)
{
    public static PepTalkJson From(DecisionResult result) => new(RecoverySignalsJson.DateText(result.Decision.Date),
        result.Decision.Recommendation.ToId(), result.Narrative, result.NarrativeSource, result.AuditId);
}
