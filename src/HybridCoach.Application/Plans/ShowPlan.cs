using HybridCoach.Domain.Planning;

namespace HybridCoach.Application.Plans;

/// <summary>The `coach plan show` use case: the newest plan version and the variant to show (the active one unless asked).</summary>
public sealed class ShowPlan(IPlanStore store)
{
    public async Task<(PlanSet Set, GeneratedPlan Shown)> ShowAsync(PlanVariant? variant = null, CancellationToken cancellationToken = default)
    {
        var set = await ReadLatestPlan.RequireAsync(store, cancellationToken);
        return (set, set.Get(variant ?? set.ActiveVariant));
    }
}
