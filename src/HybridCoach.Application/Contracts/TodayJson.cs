using HybridCoach.Application.Decisions;
using HybridCoach.Application.Plans;
using HybridCoach.Domain.Guardrails;

namespace HybridCoach.Application.Contracts;

/// <summary>`coach today --json`: the call, every guardrail, the metrics it read (as of the day before), the planned session and the session in force after the call (null without a plan covering the day), how a change to it was routed, the narrative, the audit record and a threshold-pace warning (null when none).</summary>
public sealed record TodayJson(
    string Date,
    string Recommendation,
    IReadOnlyList<string> DecidedBy,
    IReadOnlyList<GuardrailOutcomeJson> Guardrails,
    string LoadMeasure,
    DailyMetricsJson? Metrics,
    PlanDayJson? PlannedSession,
    PlanDayJson? SessionInForce,
    ChangeOutcomeJson? SessionChange,
    string Narrative,
    string NarrativeSource,
    long AuditId,
    string SettingsHash,
    string EngineVersion,
    ThresholdWarningJson? ThresholdWarning)
{
    public static TodayJson From(DecisionResult result)
    {
        var decision = result.Decision;
        return new(RecoverySignalsJson.DateText(decision.Date), decision.Recommendation.ToId(), decision.DecidedBy,
            [.. decision.Outcomes.Select(GuardrailOutcomeJson.From)], result.Snapshot.LoadMeasure,
            result.Snapshot.Metrics is { } m ? DailyMetricsJson.From(m) : null,
            result.Planned is { } p ? PlanDayJson.From(p.Session, p.Units) : null,
            result.InForce is { } f ? PlanDayJson.From(f.Session, f.Units) : null,
            result.SessionChange is { } c ? ChangeOutcomeJson.From(c, result.InForce?.Units ?? Domain.Units.DistanceUnit.Kilometers) : null, result.Narrative, result.NarrativeSource,
            result.AuditId, decision.SettingsHash, decision.EngineVersion,
            ThresholdWarningJson.From(result.ThresholdWarning, result.InForce?.Units ?? Domain.Units.DistanceUnit.Kilometers));
    }
}
