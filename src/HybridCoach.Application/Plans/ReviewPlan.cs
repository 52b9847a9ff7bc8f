using HybridCoach.Domain.Planning;

namespace HybridCoach.Application.Plans;

/// <summary>
/// The `coach plan review` use case: the newest version's variants against the envelope of the published plans for
/// the goal race and the runner's starting volume (docs/plan-envelope.md), the asked variant (default: the active one)
/// first.
/// </summary>
public sealed class ReviewPlan(IPlanStore store)
{
    public async Task<(PlanSet Set, VariantReview Chosen, IReadOnlyList<VariantReview> All)> ReviewAsync(
        PlanVariant? variant = null, CancellationToken cancellationToken = default)
    {
        var set = await ReadLatestPlan.RequireAsync(store, cancellationToken);
        var all = set.Variants.Select(v => VariantReview.Of(v, set.Request, v.Variant == set.ActiveVariant)).ToList();
        var chosen = variant ?? set.ActiveVariant;
        return (set, all.Single(r => r.Variant == chosen), all);
    }
}
