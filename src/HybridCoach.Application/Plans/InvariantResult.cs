using HybridCoach.Domain.Planning;

namespace HybridCoach.Application.Plans;

/// <summary>One named invariant's result for `coach plan validate`: its id and its violations (none = pass).</summary>
public sealed record InvariantResult(string InvariantId, IReadOnlyList<PlanViolation> Violations)
{
    public bool Passed => Violations.Count == 0;
}
