using HybridCoach.Application.Activities;
using HybridCoach.Application.Athletes;
using HybridCoach.Application.Metrics;
using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Guardrails;
using HybridCoach.Domain.Load;
using HybridCoach.Domain.Performance;

namespace HybridCoach.Application.Decisions;

/// <summary>
/// The activities of a span of local days as <see cref="ActivityFact"/>s with their load, classified hard by
/// <see cref="HardSessionRule"/> (RPE, time at or above threshold by the athlete's zones, or a run on a race
/// day). The one reader of such facts: the daily call's snapshot (<see cref="DecisionSnapshotBuilder"/>), the
/// weekly review and the plan matcher all use it, so they agree on which sessions were hard.
/// </summary>
public sealed class ActivityFactWindow(IActivityStore store)
{
    // Local days span UTC instants from 14 h before to 12 h after the day (see ActivitiesAsOf): query a margin, filter on the local day.
    private const int QueryMarginDays = 2;

    /// <summary>Facts of the activities whose local day lies from <paramref name="first"/> to <paramref name="last"/> (inclusive), oldest first.</summary>
    /// <remarks>The load of each activity is the report's (<see cref="MetricsReport.ActivityLoads"/>); the zones come from the
    /// report's threshold pace and the profile's lactate-threshold heart rate.</remarks>
    public async Task<IReadOnlyList<ActivityFact>> ListAsync(DateOnly first, DateOnly last, MetricsReport report, LoadProfile profile,
        IReadOnlySet<DateOnly> raceDays, CancellationToken cancellationToken = default) =>
        [.. (await ListWithIntensityAsync(first, last, report, profile, raceDays, cancellationToken)).Select(f => f.Fact)];

    /// <summary>As <see cref="ListAsync"/>, each fact with the run's time in the three bands (<see cref="ActivityIntensity"/>; null for non-runs or without zones).</summary>
    public async Task<IReadOnlyList<(ActivityFact Fact, ActivityIntensity? Intensity)>> ListWithIntensityAsync(DateOnly first, DateOnly last, MetricsReport report,
        LoadProfile profile, IReadOnlySet<DateOnly> raceDays, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(profile);
        var loads = report.ActivityLoads.ToDictionary(l => l.ActivityId, l => l.Value.Value);
        var paceZones = report.ThresholdPace is { } pace ? PaceZones.FromThreshold(pace) : null;
        var heartRateZones = profile.LactateThresholdHeartRate is { } lthr ? HeartRateZones.FromLactateThreshold(lthr) : null;
        var query = new ActivityQuery(Utc(first.AddDays(-QueryMarginDays)), Utc(last.AddDays(QueryMarginDays)));
        var facts = new List<(ActivityFact, ActivityIntensity?)>();
        foreach (var item in (await store.ListAsync(query, cancellationToken)).OrderBy(i => i.Summary.StartTime))
        {
            var day = ActivitiesAsOf.LocalDate(item.Summary);
            if (day < first || day > last || await store.GetAsync(item.Id, cancellationToken) is not { } activity) continue;
            var summary = activity.Summary;
            var intensity = ActivityIntensity.Of(activity, paceZones, heartRateZones);
            var hard = HardSessionRule.IsHard(summary.Rpe, intensity?.SecondsAtOrAboveThreshold, raceDays.Contains(day) && summary.Sport.IsRun());
            facts.Add((new ActivityFact(item.Id, day, summary.Sport, summary.Distance.Meters, summary.TimerTime.Seconds, loads.GetValueOrDefault(item.Id), hard), intensity));
        }
        return facts;
    }

    private static DateTimeOffset Utc(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
