namespace HybridCoach.Application.Plans;

/// <summary>The `coach plan compare` use case: the newest version's three variants side by side (conservative, moderate, aggressive).</summary>
public sealed class ComparePlans(IPlanStore store)
{
    public async Task<(PlanSet Set, IReadOnlyList<VariantComparison> Variants)> CompareAsync(CancellationToken cancellationToken = default)
    {
        var set = await ReadLatestPlan.RequireAsync(store, cancellationToken);
        return (set, [.. set.Variants.Select(v => VariantComparison.Of(v, set.Request, v.Variant == set.ActiveVariant))]);
    }
}
