using HybridCoach.Application.Plans;
using HybridCoach.Domain.Guardrails;

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
    PlannedDay? Planned = null);
