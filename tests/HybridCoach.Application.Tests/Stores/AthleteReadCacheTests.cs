using HybridCoach.Application.Stores;
using Xunit;

namespace HybridCoach.Application.Tests.Stores;

/// <summary>The read cache answers from memory only while the store's version is unchanged, and never keeps an answer past a write it did not see.</summary>
public sealed class AthleteReadCacheTests
{
    private sealed class Versions : IStoreChangeVersion
    {
        public long Current { get; set; } = 1;

        public Task<long> ReadAsync(CancellationToken cancellationToken = default) => Task.FromResult(Current);
    }

    [Fact]
    public async Task SameVersion_ComputedOnce_AChange_ComputesAgain()
    {
        var versions = new Versions();
        var cache = new AthleteReadCache(versions);
        var computed = 0;
        Task<string> Compute(CancellationToken _) => Task.FromResult($"answer {++computed}");

        var first = await cache.GetOrComputeAsync("today:2026-12-07", Compute);
        var second = await cache.GetOrComputeAsync("today:2026-12-07", Compute);
        var otherKey = await cache.GetOrComputeAsync("today:2026-12-08", Compute);
        versions.Current++;
        var afterWrite = await cache.GetOrComputeAsync("today:2026-12-07", Compute);

        Assert.Equal(("answer 1", "answer 1", "answer 2", "answer 3"), (first, second, otherKey, afterWrite));
    }

    [Fact]
    public async Task AWriteDuringTheComputation_IsNotHiddenByTheAnswer()
    {
        var versions = new Versions();
        var cache = new AthleteReadCache(versions);
        var computed = 0;
        Task<int> ComputeAndWrite(CancellationToken _)
        {
            computed++;
            versions.Current++; // the computation (or another request) commits while it runs
            return Task.FromResult(computed);
        }

        await cache.GetOrComputeAsync("k", ComputeAndWrite);
        await cache.GetOrComputeAsync("k", ComputeAndWrite);

        Assert.Equal(2, computed);
    }
}
