using HybridCoach.Application.Activities;
using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Load;
using HybridCoach.Domain.Performance;

namespace HybridCoach.Application.Metrics;

/// <summary>
/// The `coach metrics` use case. Lists the summaries of every activity that starts on or before the as-of
/// date (its local date, at the recording's own UTC offset), takes each one's loads from the load store
/// (computing and storing the missing ones, <see cref="ActivityLoads"/>), picks the load measure and computes
/// the daily series. Full activities with samples are read only where samples are needed: the runs of the
/// intensity-distribution weeks, of the easy-pace HR trend window and of the range (steady runs). Without a
/// threshold pace in the profile, the one estimated from the history as of the date is used (and said so).
/// Nothing after the as-of date is read into the figures, so a later import never changes an earlier day's answer.
/// A stored activity that breaks a physical limit (<see cref="RecordingPlausibility"/>: stored before the import
/// checked, or edited by hand) is left out and named in <see cref="MetricsReport.Skipped"/>, never fatal to a read.
/// </summary>
public sealed class ComputeMetrics(IActivityStore store, IActivityLoadStore loadStore)
{
    // A local date D spans UTC instants from D−1 10:00 (UTC+14) to D+1 12:00 (UTC−12); asking the store for
    // everything before D+2 00:00 UTC and then filtering on the local date catches every offset.
    private const int QueryMarginDays = 2;

    /// <summary>Without a load store: every load is computed from the full activities each time.</summary>
    public ComputeMetrics(IActivityStore store) : this(store, NoActivityLoadStore.Instance)
    {
    }

    public async Task<MetricsReport> ComputeAsync(MetricsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (from, to, asOf) = (request.RangeStart, request.RangeEnd, request.AsOf);
        if (to < from) throw new ArgumentException($"the range ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd})", nameof(request));
        var listed = await ListAsync(asOf, cancellationToken);
        var checkedItems = listed.Select(i => (Item: i, Problem: RecordingPlausibility.Problem(i.Summary))).ToList();
        var skipped = checkedItems.Where(c => c.Problem is not null)
            .Select(c => $"activity {c.Item.Id} skipped: {c.Problem} (`coach activity delete {c.Item.Id}` removes it)").ToList();
        var items = checkedItems.Where(c => c.Problem is null).Select(c => c.Item).ToList();
        var (profile, source) = await ResolvedLoadProfile.ResolveAsync(store, request.Profile, asOf, cancellationToken);
        var measured = await new ActivityLoads(store, loadStore).MeasureAsync(items, profile, cancellationToken: cancellationToken);
        var selection = TrainingLoadSelector.Select(measured, asOf, request.Measure);
        var days = DailyMetricsCalculator.Compute(selection.ToDated(), from, to, asOf);
        var estimated = selection.Loads.Count(load => load.Estimated);
        var paceZones = profile.ThresholdPace is { } pace ? PaceZones.FromThreshold(pace) : null;
        var heartRateZones = profile.LactateThresholdHeartRate is { } lthr ? HeartRateZones.FromLactateThreshold(lthr) : null;
        var samples = await SampledRunsAsync(items, SampledWindow(request, paceZones, heartRateZones), cancellationToken);
        var intensity = paceZones is null && heartRateZones is null ? [] : IntensityDistribution.Weekly(samples, paceZones, heartRateZones, asOf, from);
        var trend = paceZones is null ? null : EasyPaceHeartRateTrend.Compute(samples, paceZones, asOf);
        var steady = SteadyRuns.Find(samples, from, to, paceZones);
        return new MetricsReport(asOf, from, to, selection.Measure, selection.Reason, selection.Loads.Count, estimated, days, intensity, trend)
        {
            ThresholdPace = profile.ThresholdPace,
            ThresholdPaceSource = source,
            SteadyRuns = steady,
            ActivityLoads = selection.Loads,
            Skipped = skipped,
        };
    }

    /// <summary>Summaries on or before the as-of date, oldest first (ties keep the store's order).</summary>
    private async Task<IReadOnlyList<ActivityListItem>> ListAsync(DateOnly asOf, CancellationToken cancellationToken)
    {
        var before = new DateTimeOffset(asOf.AddDays(QueryMarginDays).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var items = await store.ListAsync(new ActivityQuery(StartBefore: before, IncludeImplausible: true), cancellationToken);
        return [.. items.OrderBy(i => i.Summary.StartTime).Where(i => DayOf(i) <= asOf)];
    }

    /// <summary>
    /// The first day whose runs need samples: the Monday of the first intensity week (with zones), the start
    /// of the easy-pace trend window (with pace zones) and the range's first day (steady runs), whichever is earliest.
    /// </summary>
    private static DateOnly SampledWindow(MetricsRequest request, IReadOnlyList<PaceZone>? paceZones, IReadOnlyList<HeartRateZone>? heartRateZones)
    {
        var first = request.RangeStart;
        if (paceZones is not null || heartRateZones is not null)
            first = Earlier(first, WeeklyVolumeCalculator.WeekStart(request.RangeStart));
        if (paceZones is not null)
            first = Earlier(first, request.AsOf.AddDays(1 - EasyPaceTrendSettings.Default.WindowDays));
        return first;
    }

    /// <summary>Full runs (with samples) from <paramref name="firstDay"/> through the last item, oldest first.</summary>
    private async Task<IReadOnlyList<Activity>> SampledRunsAsync(IReadOnlyList<ActivityListItem> items, DateOnly firstDay, CancellationToken cancellationToken)
    {
        var runs = new List<Activity>();
        foreach (var item in items)
        {
            if (!item.Summary.Sport.IsRun() || DayOf(item) < firstDay) continue;
            if (await store.GetAsync(item.Id, cancellationToken) is { } activity) runs.Add(activity);
        }
        return runs;
    }

    private static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly DayOf(ActivityListItem item) => DateOnly.FromDateTime(item.Summary.StartTime.DateTime);
}
