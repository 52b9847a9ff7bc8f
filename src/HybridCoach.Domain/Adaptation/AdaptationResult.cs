using HybridCoach.Domain.Planning;

namespace HybridCoach.Domain.Adaptation;

/// <summary>A new plan version from an adaptation: the plan, the per-session diff with reasons, and the validator's verdict on it (must be empty).</summary>
public sealed record AdaptationResult(SeasonPlan Plan, IReadOnlyList<PlanChange> Changes, IReadOnlyList<PlanViolation> Violations);
