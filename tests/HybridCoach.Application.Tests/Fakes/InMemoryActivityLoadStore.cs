using HybridCoach.Application.Metrics;
using HybridCoach.Domain.Load;

namespace HybridCoach.Application.Tests.Fakes;

/// <summary>An <see cref="IActivityLoadStore"/> in a dictionary keyed by (inputs key, activity id); counts the puts.</summary>
internal sealed class InMemoryActivityLoadStore : IActivityLoadStore
{
    public Dictionary<(string Key, long ActivityId), IReadOnlyList<MeasuredLoad>> Rows { get; } = [];

    public int PutActivityCount { get; private set; }

    public IEnumerable<string> Keys => Rows.Keys.Select(k => k.Key).Distinct();

    public Task<IReadOnlyDictionary<long, IReadOnlyList<MeasuredLoad>>> GetAsync(
        IReadOnlyCollection<long> activityIds, string inputsKey, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyDictionary<long, IReadOnlyList<MeasuredLoad>>>(activityIds
            .Where(id => Rows.ContainsKey((inputsKey, id)))
            .ToDictionary(id => id, id => Rows[(inputsKey, id)]));

    public Task PutAsync(string inputsKey, IReadOnlyDictionary<long, IReadOnlyList<MeasuredLoad>> loads, CancellationToken cancellationToken = default)
    {
        foreach (var (id, values) in loads) Rows[(inputsKey, id)] = values;
        PutActivityCount += loads.Count;
        return Task.CompletedTask;
    }
}
