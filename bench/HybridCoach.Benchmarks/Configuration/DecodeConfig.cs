using BenchmarkDotNet.Configs;

namespace HybridCoach.Benchmarks.Configuration;

/// <summary><see cref="ShortRunConfig"/> plus the throughput columns (MB/s, records/s) of decode benchmarks.</summary>
public sealed class DecodeConfig : ManualConfig
{
    public DecodeConfig()
    {
        Add(new ShortRunConfig());
        AddColumn(ThroughputColumn.MegabytesPerSecond, ThroughputColumn.RecordsPerSecond);
        HideColumns("Job", "LaunchCount", "WarmupCount", "IterationCount");
    }
}
