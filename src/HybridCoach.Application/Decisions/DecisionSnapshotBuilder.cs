using HybridCoach.Application.Activities;
using HybridCoach.Application.Athletes;
using HybridCoach.Application.Metrics;
using HybridCoach.Application.Races;
using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Guardrails;
using HybridCoach.Domain.Load;
using HybridCoach.Domain.Performance;

namespace HybridCoach.Application.Decisions;

/// <summary>
/// Gathers everything the engine reads to decide day D (see <see cref="DecisionSnapshot"/>): the daily metrics as
/// of D−1 from <see cref="ComputeMetrics"/> (the same load selection as `coach metrics --date D−1`), the
/// activities of the 42 days before D with their load and hardness, the signals of the 60 days up to D, the
/// profile's injuries, the calendar races around D and the easy-pace HR trend as of D−1.
/// </summary>
public sealed class DecisionSnapshotBuilder(IActivityStore activityStore, IAthleteStore athleteStore, IRaceCalendar raceCalendar, ComputeMetrics computeMetrics)
{
    // Local dates span UTC instants from 14 h before to 12 h after the day (see ComputeMetrics): query a margin, filter on the local day.
    private const int QueryMarginDays = 2;

    public async Task<DecisionSnapshot> BuildAsync(DateOnly date, CancellationToken cancellationToken = default)
    {
        var dayBefore = date.AddDays(-1);
        var athlete = await athleteStore.GetProfileAsync(cancellationToken);
        var profile = AthleteLoadProfile.From(athlete, LoadProfileOverrides.None);
        var report = await computeMetrics.ComputeAsync(new MetricsRequest(profile, dayBefore, dayBefore, dayBefore), cancellationToken);
        var races = await raceCalendar.ListAsync(date.AddDays(-DecisionSnapshot.RaceLookbackDays), date.AddDays(DecisionSnapshot.RaceLookaheadDays), cancellationToken);
        var raceDays = races.Select(r => r.Race.Date).ToHashSet();
        var window = await WindowActivitiesAsync(date, cancellationToken);
        var loads = report.ActivityLoads.ToDictionary(l => l.ActivityId, l => l.Value.Value);
        var paceZones = report.ThresholdPace is { } pace ? PaceZones.FromThreshold(pace) : null;
        var heartRateZones = profile.LactateThresholdHeartRate is { } lthr ? HeartRateZones.FromLactateThreshold(lthr) : null;
        var facts = window.Select(a => Fact(a, loads.GetValueOrDefault(a.Id), raceDays, paceZones, heartRateZones)).ToArray();
        var signals = await athleteStore.ListSignalsAsync(date.AddDays(1 - DecisionSnapshot.SignalWindowDays), date, cancellationToken);
        var trend = report.EasyPaceHeartRateTrend is { } t ? new EasyPaceHeartRateFact(t.SlopeBpmPer28Days, t.RunCount) : null;
        return new DecisionSnapshot(date, report.Measure.ToId(), report.ActivityCount == 0 ? null : report.Days[^1], facts, signals,
            athlete?.Injuries ?? [], [.. races.Select(r => r.Race)], trend);
    }

    private static ActivityFact Fact(Activity activity, double load, HashSet<DateOnly> raceDays,
        IReadOnlyList<PaceZone>? paceZones, IReadOnlyList<HeartRateZone>? heartRateZones)
    {
        var summary = activity.Summary;
        var day = ActivitiesAsOf.LocalDate(summary);
        var hard = HardSessionRule.IsHard(summary.Rpe, AerobicThresholdTime.SecondsAbove(activity, paceZones, heartRateZones),
            raceDays.Contains(day) && summary.Sport.IsRun());
        return new ActivityFact(activity.Id, day, summary.Sport, summary.Distance.Meters, summary.TimerTime.Seconds, load, hard);
    }

    /// <summary>Full activities (samples included) whose local day lies in the 42 days before <paramref name="date"/>, oldest first.</summary>
    private async Task<IReadOnlyList<Activity>> WindowActivitiesAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var first = date.AddDays(-DecisionSnapshot.ActivityWindowDays);
        var query = new ActivityQuery(Utc(first.AddDays(-QueryMarginDays)), Utc(date.AddDays(QueryMarginDays)));
        var activities = new List<Activity>();
        foreach (var item in (await activityStore.ListAsync(query, cancellationToken)).OrderBy(i => i.Summary.StartTime))
        {
            var day = ActivitiesAsOf.LocalDate(item.Summary);
            if (day < first || day >= date) continue;
            if (await activityStore.GetAsync(item.Id, cancellationToken) is { } activity) activities.Add(activity with { Id = item.Id });
        }
        return activities;
    }

    private static DateTimeOffset Utc(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
