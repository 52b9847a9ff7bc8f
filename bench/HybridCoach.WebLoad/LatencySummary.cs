using System.Globalization;

namespace HybridCoach.WebLoad;

/// <summary>Latencies of one page under load: count, throughput and the nearest-rank percentiles (p50, p95, p99, max), in milliseconds.</summary>
public sealed record LatencySummary(string Name, int Requests, int Failures, double RequestsPerSecond, double P50Ms, double P95Ms, double P99Ms, double MaxMs)
{
    public static LatencySummary Of(string name, IReadOnlyList<double> latenciesMs, int failures, TimeSpan duration)
    {
        var sorted = latenciesMs.Order().ToArray();
        double Rank(double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];
        return new LatencySummary(name, sorted.Length, failures, sorted.Length / duration.TotalSeconds, Rank(0.50), Rank(0.95), Rank(0.99),
            sorted.Length == 0 ? double.NaN : sorted[^1]);
    }

    public string Row() => string.Create(CultureInfo.InvariantCulture,
        $"| {Name} | {Requests} | {Failures} | {RequestsPerSecond:0} | {P50Ms:0.0} | {P95Ms:0.0} | {P99Ms:0.0} | {MaxMs:0.0} |");
}
