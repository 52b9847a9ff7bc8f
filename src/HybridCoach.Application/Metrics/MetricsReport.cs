using HybridCoach.Domain.Load;
using HybridCoach.Domain.Units;

namespace HybridCoach.Application.Metrics;

/// <summary>
/// What `coach metrics` answers: the measure the load series uses and why, how many activities (on or before
/// the as-of date) fed it and how many of those had their load estimated from duration, and one
/// <see cref="DailyMetrics"/> per day of the range; with zones (threshold pace and/or LTHR) also the weekly
/// intensity distribution of the range and, with threshold pace, the trend of HR at easy pace; the threshold
/// pace used and where it came from; and the aerobic decoupling and efficiency factor of the range's steady runs.
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
    HeartRateTrend? EasyPaceHeartRateTrend = null)
{
    /// <summary>Stored activities left out because they break a physical limit, each with the reason and how to remove it.</summary>
    public IReadOnlyList<string> Skipped { get; init; } = [];

    /// <summary>The threshold pace the loads and pace zones used; null when there was none.</summary>
    public Pace? ThresholdPace { get; init; }

    public ThresholdPaceSource ThresholdPaceSource { get; init; } = ThresholdPaceSource.None;

    /// <summary>Steady runs of the range with their decoupling and efficiency factor, oldest first.</summary>
    public IReadOnlyList<SteadyRun> SteadyRuns { get; init; } = [];

    /// <summary>Every activity's load in <see cref="Measure"/> (estimated ones marked), oldest first.</summary>
    public IReadOnlyList<ActivityLoad> ActivityLoads { get; init; } = [];
}
