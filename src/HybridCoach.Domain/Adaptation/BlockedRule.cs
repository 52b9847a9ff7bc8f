using HybridCoach.Domain.Planning;

namespace HybridCoach.Domain.Adaptation;

/// <summary>A rule that fired but backed off: every attempt it offered added these validator violations (those of
/// its weakest attempt), so the plan kept its days and a human has to decide.</summary>
public sealed record BlockedRule(string RuleId, IReadOnlyList<PlanViolation> Violations)
{
    /// <summary>The invariants in the way, e.g. <c>cycle_growth, acwr_ceiling</c>.</summary>
    public string Invariants => string.Join(", ", Violations.Select(v => v.InvariantId).Distinct());
}
