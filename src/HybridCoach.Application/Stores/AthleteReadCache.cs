using System.Collections.Concurrent;

namespace HybridCoach.Application.Stores;

/// <summary>
/// Answers computed from one athlete's store, kept while the store is unchanged (<see cref="IStoreChangeVersion"/>): a page
/// opened again, with nothing new in the store, is answered from memory instead of recomputing two years of loads.
/// The version is read before computing, so a write during the computation (its own or anyone's) makes the next read
/// compute again: an answer is never kept past a change it did not see. At most <see cref="Capacity"/> answers are kept.
/// </summary>
public sealed class AthleteReadCache(IStoreChangeVersion versions)
{
    public const int Capacity = 32;

    private readonly ConcurrentDictionary<string, (long Version, object Value)> _answers = new(StringComparer.Ordinal);

    public async Task<T> GetOrComputeAsync<T>(string key, Func<CancellationToken, Task<T>> compute, CancellationToken cancellationToken = default)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(compute);
        var version = await versions.ReadAsync(cancellationToken);
        if (_answers.TryGetValue(key, out var kept) && kept.Version == version && kept.Value is T answer) return answer;
        var computed = await compute(cancellationToken);
        if (_answers.Count >= Capacity) _answers.Clear();
        _answers[key] = (version, computed);
        return computed;
    }
}
