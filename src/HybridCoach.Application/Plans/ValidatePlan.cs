using HybridCoach.Domain.Planning;

namespace HybridCoach.Application.Plans;

/// <summary>
/// The `coach plan validate` use case: runs the validator again on the newest version's active plan (or the asked
/// variant) against the request it was generated from, and reports every invariant by id, passing or with its violations.
/// </summary>
public sealed class ValidatePlan(IPlanStore store)
{
    public async Task<(PlanSet Set, PlanVariant Variant, IReadOnlyList<InvariantResult> Results)> ValidateAsync(
        PlanVariant? variant = null, CancellationToken cancellationToken = default)
    {
        var set = await ReadLatestPlan.RequireAsync(store, cancellationToken);
        var chosen = set.Get(variant ?? set.ActiveVariant);
        var violations = PlanValidator.Validate(chosen.Plan, set.Request);
        var results = PlanValidator.InvariantIds
            .Select(id => new InvariantResult(id, [.. violations.Where(v => v.InvariantId == id)])).ToList();
        return (set, chosen.Variant, results);
    }
}
