using HybridCoach.Application.Metrics;
using HybridCoach.Domain.Load;

namespace HybridCoach.Application.Contracts;

/// <summary>`coach metrics --json`: the as-of date, the load measure (id) and why, and one entry per day;
/// with zones, the weekly intensity distribution and the trend of HR at easy pace; the threshold pace used and
/// its source (profile, estimated or none); the decoupling and efficiency factor of the range's steady runs.</summary>
public sealed record MetricsJson(
    DateOnly AsOf,
    DateOnly FirstDay,
    DateOnly LastDay,
    string Measure,
    string MeasureReason,
    int ActivityCount,
    int EstimatedLoadCount,
    IReadOnlyList<DailyMetricsJson> Days,
    IReadOnlyList<WeekIntensityJson> WeeklyIntensity,
    EasyPaceTrendJson? EasyPaceHrTrend,
    double? ThresholdPaceSPerKm,
    string ThresholdPaceSource,
    IReadOnlyList<SteadyRunJson> SteadyRuns)
{
    public static MetricsJson From(MetricsReport report) => new(
        report.AsOf, report.From, report.To, report.Measure.ToId(), report.MeasureReason,
        report.ActivityCount, report.EstimatedCount, report.Days.Select(DailyMetricsJson.From).ToArray(),
        (report.WeeklyIntensity ?? []).Select(WeekIntensityJson.From).ToArray(),
        report.EasyPaceHeartRateTrend is { } trend ? EasyPaceTrendJson.From(trend) : null,
        report.ThresholdPace is { } pace ? Math.Round(pace.SecondsPerKilometer, 1) : null,
        report.ThresholdPaceSource.ToString().ToLowerInvariant(),
        report.SteadyRuns.Select(SteadyRunJson.From).ToArray());
}
