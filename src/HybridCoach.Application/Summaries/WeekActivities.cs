using HybridCoach.Application.Activities;
using HybridCoach.Application.Athletes;
using HybridCoach.Application.Decisions;
using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Guardrails;
using HybridCoach.Domain.Performance;

namespace HybridCoach.Application.Summaries;

/// <summary>
/// The activities of a span of local days as <see cref="ActivityFact"/>s, classified hard exactly as the daily
/// call's snapshot does (<see cref="DecisionSnapshotBuilder"/>): RPE, time above the aerobic threshold by the
/// athlete's zones, or a run on a race day.
/// </summary>
public sealed class WeekActivities(IActivityStore store)
{
    // Local days span UTC instants from 14 h before to 12 h after the day (see ActivitiesAsOf): query a margin, filter on the local day.
    private const int QueryMarginDays = 2;

    public async Task<IReadOnlyList<ActivityFact>> ListAsync(DateOnly first, DateOnly last, IReadOnlyDictionary<long, double> loads,
        IReadOnlyList<PaceZone>? paceZones, IReadOnlyList<HeartRateZone>? heartRateZones, IReadOnlySet<DateOnly> raceDays,
        CancellationToken cancellationToken = default)
    {
        var query = new ActivityQuery(Utc(first.AddDays(-QueryMarginDays)), Utc(last.AddDays(QueryMarginDays)));
        var facts = new List<ActivityFact>();
        foreach (var item in (await store.ListAsync(query, cancellationToken)).OrderBy(i => i.Summary.StartTime))
        {
            var day = ActivitiesAsOf.LocalDate(item.Summary);
            if (day < first || day > last || await store.GetAsync(item.Id, cancellationToken) is not { } activity) continue;
            var summary = activity.Summary;
            var hard = HardSessionRule.IsHard(summary.Rpe, AerobicThresholdTime.SecondsAbove(activity, paceZones, heartRateZones),
                raceDays.Contains(day) && summary.Sport.IsRun());
            facts.Add(new ActivityFact(item.Id, day, summary.Sport, summary.Distance.Meters, summary.TimerTime.Seconds, loads.GetValueOrDefault(item.Id), hard));
        }
        return facts;
    }

    private static DateTimeOffset Utc(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
