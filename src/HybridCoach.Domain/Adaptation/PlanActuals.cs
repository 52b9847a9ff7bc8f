using HybridCoach.Domain.Guardrails;

namespace HybridCoach.Domain.Adaptation;

/// <summary>Planned versus actual as of a date: every session's match, the activities that matched no session (off-plan runs, cross-training), and per-microcycle totals.</summary>
public sealed record PlanActuals(DateOnly AsOf, IReadOnlyList<SessionMatch> Sessions, IReadOnlyList<ActivityFact> OffPlan, IReadOnlyList<CycleActuals> Cycles);
