using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using HybridCoach.Benchmarks.Corpus;

namespace HybridCoach.Benchmarks.Configuration;

/// <summary>
/// Throughput of a decode benchmark: the target's bytes (or FIT record messages) divided by the mean time
/// of one operation. The target is the benchmark's "Target" parameter; its totals are read from the same
/// files in the host process. MB is 10^6 bytes.
/// </summary>
public sealed class ThroughputColumn : IColumn
{
    public static readonly ThroughputColumn MegabytesPerSecond = new("MB/s", workload => workload.TotalBytes / 1e6);
    public static readonly ThroughputColumn RecordsPerSecond = new("Records/s", workload => workload.RecordCount);

    private readonly Func<DecodeWorkload, double> _amount;

    private ThroughputColumn(string name, Func<DecodeWorkload, double> amount)
    {
        ColumnName = name;
        _amount = amount;
    }

    public string Id => nameof(ThroughputColumn) + "." + ColumnName;
    public string ColumnName { get; }
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => $"{ColumnName}: the target's size divided by the mean time of one decode";

    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var meanNs = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (benchmarkCase.Parameters["Target"] is not string target || meanNs is null or <= 0) return "-";
        var perSecond = _amount(DecodeWorkload.ForTarget(target)) / (meanNs.Value / 1e9);
        return perSecond.ToString(perSecond >= 1000 ? "N0" : "N1", CultureInfo.InvariantCulture);
    }

    public override string ToString() => ColumnName;
}
