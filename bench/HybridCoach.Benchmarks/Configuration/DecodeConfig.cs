using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;

namespace HybridCoach.Benchmarks.Configuration;

/// <summary><see cref="ShortRunConfig"/> plus the throughput columns (MB/s, records/s) of decode benchmarks.</summary>
public sealed class DecodeConfig : ManualConfig
{
    public DecodeConfig()
    {
        Add(new ShortRunConfig());
        AddColumn(ThroughputColumn.MegabytesPerSecond, ThroughputColumn.RecordsPerSecond);
        HideColumns("Job", "LaunchCount", "WarmupCount", "IterationCount", "RatioSD", "Gen0", "Gen1", "Gen2");
        // Show whole file names ("activity-large-fenxi2-multisport.fit"), not BenchmarkDotNet's 20-character cut.
        WithSummaryStyle(SummaryStyle.Default.WithMaxParameterColumnWidth(40));
    }
}
