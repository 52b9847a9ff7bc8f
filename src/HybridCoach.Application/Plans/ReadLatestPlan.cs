namespace HybridCoach.Application.Plans;

/// <summary>Reads the newest plan version for the show / compare / validate / export use cases; without one it says how to make one.</summary>
public static class ReadLatestPlan
{
    public const string NoPlanMessage = "no plan yet: generate one first";

    public static async Task<PlanSet?> FindAsync(IPlanStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return await store.GetLatestAsync(cancellationToken) is { } stored ? PlanSet.FromStored(stored) : null;
    }

    public static async Task<PlanSet> RequireAsync(IPlanStore store, CancellationToken cancellationToken = default) =>
        await FindAsync(store, cancellationToken) ?? throw new Errors.NotFoundException(NoPlanMessage);
}
