using BenchmarkDotNet.Attributes;
using HybridCoach.Benchmarks.Configuration;
using HybridCoach.Benchmarks.Corpus;

namespace HybridCoach.Benchmarks.Decoding;

/// <summary>
/// Decode throughput on the largest corpus FIT files and on the whole valid FIT corpus, in-process after
/// warm-up, from bytes already in memory. Messages: every message built with scaled values (like the
/// peers); Columns: the activity reader, records straight into sample columns (what an import does).
/// </summary>
[Config(typeof(DecodeConfig))]
public class FitDecodeBenchmarks
{
    private DecodeWorkload _workload = null!;

    [ParamsSource(nameof(Targets))]
    public string Target { get; set; } = BenchCorpus.WholeCorpus;

    public static IEnumerable<string> Targets => [.. BenchCorpus.LargeFiles, BenchCorpus.WholeCorpus];

    [GlobalSetup]
    public void LoadFiles() => _workload = DecodeWorkload.ForTarget(Target);

    [Benchmark(Baseline = true)]
    public long Messages() => _workload.DecodeMessages();

    [Benchmark]
    public long Columns() => _workload.DecodeColumns();
}
