using HybridCoach.Application.Activities;
using HybridCoach.Domain.Activities;

namespace HybridCoach.Fuzz;

/// <summary>A store that accepts every activity and keeps none: the fuzzer tests decoding, not storage.</summary>
internal sealed class DiscardingActivityStore : IActivityStore
{
    private long _next;

    public Task<long> AddAsync(Activity activity, CancellationToken cancellationToken = default) => Task.FromResult(++_next);

    public async Task<Registration> AddIfNewAsync(Activity activity, TimeSpan window, Func<DuplicateCandidate, bool> isTwin, CancellationToken cancellationToken = default) =>
        new(true, await AddAsync(activity, cancellationToken), null);

    public Task<long?> FindByContentHashAsync(string contentSha256, CancellationToken cancellationToken = default) => Task.FromResult<long?>(null);

    public Task<IReadOnlyList<DuplicateCandidate>> FindStartingNearAsync(DateTimeOffset startTime, TimeSpan window, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<DuplicateCandidate>>([]);

    public Task<IReadOnlyList<ActivityListItem>> ListAsync(ActivityQuery query, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<ActivityListItem>>([]);

    public Task<Activity?> GetAsync(long id, CancellationToken cancellationToken = default) => Task.FromResult<Activity?>(null);

    public Task<int> CountAsync(ActivityQuery query, CancellationToken cancellationToken = default) => Task.FromResult(0);

    public Task<bool> UpdateNameAndSportAsync(long id, string? name, Sport? sport, CancellationToken cancellationToken = default) => Task.FromResult(false);
}
