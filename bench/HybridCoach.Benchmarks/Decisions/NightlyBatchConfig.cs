using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace HybridCoach.Benchmarks.Decisions;

/// <summary>
/// One nightly batch takes seconds, so no pilot or unrolling: each iteration is one whole batch (1 warm-up,
/// 3 measured), which keeps the benchmark to a couple of minutes on 2 cores. Non-concurrent GC as elsewhere.
/// </summary>
public sealed class NightlyBatchConfig : ManualConfig
{
    public NightlyBatchConfig()
    {
        AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(3)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithGcConcurrent(false)
            .WithId("Batch"));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
