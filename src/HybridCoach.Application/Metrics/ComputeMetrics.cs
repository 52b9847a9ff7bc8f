using HybridCoach.Domain.Performance;
using HybridCoach.Application.Activities;
using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Load;

namespace HybridCoach.Application.Metrics;

/// <summary>
/// The `coach metrics` use case: loads every activity that starts on or before the as-of date (its local
/// date, at the recording's own UTC offset), picks the load measure and computes the daily series. Nothing
/// after the as-of date is read into the figures, so a later import never changes an earlier day's answer.
/// </summary>
public sealed class ComputeMetrics(IActivityStore store)
{
    // A local date D spans UTC instants from D−1 10:00 (UTC+14) to D+1 12:00 (UTC−12); asking the store for
    // everything before D+2 00:00 UTC and then filtering on the local date catches every offset.
    private const int QueryMarginDays = 2;

    public async Task<MetricsReport> ComputeAsync(MetricsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var from = request.RangeStart;
        var to = request.RangeEnd;
        if (to < from) throw new ArgumentException($"the range ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd})", nameof(request));
        var activities = await LoadAsync(request.AsOf, cancellationToken);
        var selection = TrainingLoadSelector.Select(activities, request.Profile, request.AsOf, request.Measure);
        var days = DailyMetricsCalculator.Compute(selection.ToDated(), from, to, request.AsOf);
        var estimated = selection.Loads.Count(load => load.Estimated);
        var paceZones = request.Profile.ThresholdPace is { } pace ? PaceZones.FromThreshold(pace) : null;
        var heartRateZones = request.Profile.LactateThresholdHeartRate is { } lthr ? HeartRateZones.FromLactateThreshold(lthr) : null;
        var intensity = paceZones is null && heartRateZones is null ? [] : IntensityDistribution.Weekly(activities, paceZones, heartRateZones, request.AsOf, from);
        var trend = paceZones is null ? null : EasyPaceHeartRateTrend.Compute(activities, paceZones, request.AsOf);
        return new MetricsReport(request.AsOf, from, to, selection.Measure, selection.Reason, selection.Loads.Count, estimated, days, intensity, trend);
    }

    /// <summary>Full activities (with samples, which TRIMP and running stress need), oldest first.</summary>
    private async Task<IReadOnlyList<Activity>> LoadAsync(DateOnly asOf, CancellationToken cancellationToken)
    {
        var before = new DateTimeOffset(asOf.AddDays(QueryMarginDays).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var items = await store.ListAsync(new ActivityQuery(StartBefore: before), cancellationToken);
        var activities = new List<Activity>(items.Count);
        foreach (var item in items.OrderBy(i => i.Summary.StartTime))
        {
            if (DateOnly.FromDateTime(item.Summary.StartTime.DateTime) > asOf) continue;
            if (await store.GetAsync(item.Id, cancellationToken) is { } activity) activities.Add(activity);
        }
        return activities;
    }
}
