using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace HybridCoach.Benchmarks.Configuration;

/// <summary>
/// One import of 1,000 files takes seconds, so no pilot or unrolling: each iteration is one import into a
/// fresh store (1 warm-up, 3 measured), which keeps the suite within a few minutes on 2 cores.
/// </summary>
public sealed class ImportConfig : ManualConfig
{
    public ImportConfig()
    {
        AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(3)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithGcConcurrent(false)
            .WithId("Import"));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
