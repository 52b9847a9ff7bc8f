using HybridCoach.Domain.Planning;

namespace HybridCoach.Domain.Adaptation;

/// <summary>A new plan version from an adaptation: the plan, the per-session diff with reasons, the validator's verdict
/// on it (must be empty), the rules that fired but found no valid change (for the coach), and — when the athlete said
/// "feeling strong" — what it did or why it did nothing (<see cref="Rules.FeelingStrongRule.WhyNot"/>).</summary>
public sealed record AdaptationResult(SeasonPlan Plan, IReadOnlyList<PlanChange> Changes, IReadOnlyList<PlanViolation> Violations,
    IReadOnlyList<BlockedRule>? Blocked = null, string? FeelingStrong = null)
{
    public IReadOnlyList<BlockedRule> BlockedRules => Blocked ?? [];
}
