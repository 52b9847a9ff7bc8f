namespace HybridCoach.Application.Plans;

/// <summary>
/// Where the athlete's season plans live (same database as their activities), one version per `coach plan
/// generate`: versions count up from 1 and are never changed, so an earlier plan can always be read back.
/// Each write is one transaction and throws on failure.
/// </summary>
public interface IPlanStore
{
    /// <summary>Stores a new version (its <see cref="StoredPlanVersion.Version"/> is ignored) and returns the version number given.</summary>
    Task<long> AddAsync(StoredPlanVersion plan, CancellationToken cancellationToken = default);

    /// <summary>The newest version; null before the first plan.</summary>
    Task<StoredPlanVersion?> GetLatestAsync(CancellationToken cancellationToken = default);

    /// <summary>One version; null when there is no such version.</summary>
    Task<StoredPlanVersion?> GetAsync(long version, CancellationToken cancellationToken = default);
}
