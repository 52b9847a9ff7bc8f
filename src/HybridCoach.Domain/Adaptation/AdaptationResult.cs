using HybridCoach.Domain.Planning;

namespace HybridCoach.Domain.Adaptation;

/// <summary>A new plan version from an adaptation: the plan, the per-session diff with reasons, the validator's verdict
/// on it (must be empty), and the rules that fired but found no valid change (for the coach).</summary>
public sealed record AdaptationResult(SeasonPlan Plan, IReadOnlyList<PlanChange> Changes, IReadOnlyList<PlanViolation> Violations,
    IReadOnlyList<BlockedRule>? Blocked = null)
{
    public IReadOnlyList<BlockedRule> BlockedRules => Blocked ?? [];
}
