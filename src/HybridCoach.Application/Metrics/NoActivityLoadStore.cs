using HybridCoach.Domain.Load;

namespace HybridCoach.Application.Metrics;

/// <summary>A load store that keeps nothing: every load is computed again (for use cases built without storage).</summary>
public sealed class NoActivityLoadStore : IActivityLoadStore
{
    public static NoActivityLoadStore Instance { get; } = new();

    public Task<IReadOnlyDictionary<long, IReadOnlyList<MeasuredLoad>>> GetAsync(
        IReadOnlyCollection<long> activityIds, string inputsKey, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyDictionary<long, IReadOnlyList<MeasuredLoad>>>(new Dictionary<long, IReadOnlyList<MeasuredLoad>>());

    public Task PutAsync(string inputsKey, IReadOnlyDictionary<long, IReadOnlyList<MeasuredLoad>> loads,
        CancellationToken cancellationToken = default) => Task.CompletedTask;
}
