using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace HybridCoach.Benchmarks.Configuration;

/// <summary>
/// A short job so that the whole suite runs in a few minutes on the 2-core machine: one launch, 2 warm-up
/// and 5 measured iterations (BenchmarkDotNet's ShortRun uses 3 and 3; 5 gives a usable error margin).
/// The memory diagnoser shows what decoding allocates. Non-concurrent GC, as the project's runtimeconfig sets
/// for the console commands (the setting recommended for a batch CLI; bench/RESULTS.md has both figures).
/// </summary>
public sealed class ShortRunConfig : ManualConfig
{
    public ShortRunConfig()
    {
        AddJob(Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(2)
            .WithIterationCount(5)
            .WithGcConcurrent(false)
            .WithId("Short"));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.Median);
    }
}
