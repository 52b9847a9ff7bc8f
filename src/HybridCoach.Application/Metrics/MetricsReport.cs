using HybridCoach.Domain.Load;

namespace HybridCoach.Application.Metrics;

/// <summary>
/// What `coach metrics` answers: the measure the load series uses and why, how many activities (on or before
/// the as-of date) fed it and how many of those had their load estimated from duration, and one
/// <see cref="DailyMetrics"/> per day of the range; with zones (threshold pace and/or LTHR) also the weekly
/// intensity distribution of the range and, with threshold pace, the trend of HR at easy pace.
/// </summary>
public sealed record MetricsReport(
    DateOnly AsOf,
    DateOnly From,
    DateOnly To,
    LoadMeasure Measure,
    string MeasureReason,
    int ActivityCount,
    int EstimatedCount,
    IReadOnlyList<DailyMetrics> Days,
    IReadOnlyList<WeekIntensity>? WeeklyIntensity = null,
    HeartRateTrend? EasyPaceHeartRateTrend = null);
