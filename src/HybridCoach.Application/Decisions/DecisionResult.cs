using HybridCoach.Application.Coaching;
using HybridCoach.Application.Plans;
using HybridCoach.Domain.Guardrails;
using HybridCoach.Domain.Performance;

namespace HybridCoach.Application.Decisions;

/// <summary>What `coach today` answers: the decision, the snapshot it was made on, the settings in force, the narrative (and the LLM exchange when a model was asked), the audit record's id and the day's planned session from the active plan (null without one).</summary>
public sealed record DecisionResult(
    Decision Decision,
    DecisionSnapshot Snapshot,
    GuardrailSettings Settings,
    string Narrative,
    string NarrativeSource,
    long AuditId,
    LlmExchange? Llm = null,
    PlannedDay? Planned = null)
{
    /// <summary>The session the call allows on the day (the planned one when the call allows it); null without a plan covering the day.</summary>
    public PlannedDay? InForce { get; init; }

    /// <summary>How the change to the session went through the oversight policy; null when the call left the session as planned.</summary>
    public ChangeOutcome? SessionChange { get; init; }

    /// <summary>The profile's threshold pace when it is far from the history's estimate as of the day before; null when they agree.</summary>
    public ThresholdDisagreement? ThresholdWarning { get; init; }

    /// <summary>Stored activities the call could not use (they break a plausibility limit), each named with why: `coach activity delete` removes them.</summary>
    public IReadOnlyList<string> SkippedActivities { get; init; } = [];
}
