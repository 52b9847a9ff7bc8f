using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace HybridCoach.Benchmarks.Configuration;

/// <summary>
/// For workloads that take seconds (an import of 1,000 files into a fresh store, a nightly batch of 10,000
/// athletes): no pilot or unrolling, each iteration is one whole run (1 warm-up, 3 measured), which keeps a suite
/// within a few minutes on 2 cores. Non-concurrent GC as elsewhere.
/// </summary>
public sealed class WholeRunConfig : ManualConfig
{
    public WholeRunConfig()
    {
        AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(3)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithGcConcurrent(false)
            .WithId("WholeRun"));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
