using HybridCoach.Application.Plans;

namespace HybridCoach.Application.Contracts;

/// <summary>One invariant in `coach plan validate --json`: its id, pass or not, and its violations.</summary>
public sealed record InvariantResultJson(string Id, bool Passed, IReadOnlyList<PlanViolationJson> Violations)
{
    public static InvariantResultJson From(InvariantResult r) => new(r.InvariantId, r.Passed, [.. r.Violations.Select(PlanViolationJson.From)]);
}
