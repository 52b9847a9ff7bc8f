using HybridCoach.Application.Athletes;
using HybridCoach.Application.Metrics;
using HybridCoach.Application.Races;
using HybridCoach.Application.Restrictions;
using HybridCoach.Domain.Guardrails;
using HybridCoach.Domain.Load;

namespace HybridCoach.Application.Decisions;

/// <summary>
/// Gathers everything the engine reads to decide day D (see <see cref="DecisionSnapshot"/>): the daily metrics as
/// of D−1 from <see cref="ComputeMetrics"/> (the same load selection as `coach metrics --date D−1`), the
/// activities of the 42 days before D with their load and hardness, the signals of the 60 days up to D, the
/// profile's injuries, the calendar races around D, the easy-pace HR trend as of D−1 and what is in force for the athlete on D
/// (<see cref="ReadAthleteState"/>: open flags, coach holds, unavailable days).
/// </summary>
public sealed class DecisionSnapshotBuilder(ActivityFactWindow activityFacts, IAthleteStore athleteStore, IRaceCalendar raceCalendar, ComputeMetrics computeMetrics,
    ReadAthleteState states)
{
    public async Task<DecisionSnapshot> BuildAsync(DateOnly date, CancellationToken cancellationToken = default) =>
        (await BuildReportedAsync(date, cancellationToken)).Snapshot;

    /// <summary>The snapshot, and the stored activities left out of it because they break a plausibility limit (named, for a warning).</summary>
    public async Task<(DecisionSnapshot Snapshot, IReadOnlyList<string> Skipped)> BuildReportedAsync(DateOnly date, CancellationToken cancellationToken = default)
    {
        var dayBefore = date.AddDays(-1);
        var athlete = await athleteStore.GetProfileAsync(cancellationToken);
        var profile = AthleteLoadProfile.From(athlete, LoadProfileOverrides.None);
        var report = await computeMetrics.ComputeAsync(new MetricsRequest(profile, dayBefore, dayBefore, dayBefore), cancellationToken);
        var races = await raceCalendar.ListAsync(date.AddDays(-DecisionSnapshot.RaceLookbackDays), date.AddDays(DecisionSnapshot.RaceLookaheadDays), cancellationToken);
        var raceDays = races.Select(r => r.Race.Date).ToHashSet();
        var facts = await activityFacts.ListAsync(date.AddDays(-DecisionSnapshot.ActivityWindowDays), dayBefore, report, profile, raceDays, cancellationToken);
        var signals = await athleteStore.ListSignalsAsync(date.AddDays(1 - DecisionSnapshot.SignalWindowDays), date, cancellationToken);
        var trend = report.EasyPaceHeartRateTrend is { } t ? new EasyPaceHeartRateFact(t.SlopeBpmPer28Days, t.RunCount) : null;
        var snapshot = new DecisionSnapshot(date, report.Measure.ToId(), report.ActivityCount == 0 ? null : report.Days[^1], facts, signals,
            athlete?.Injuries ?? [], [.. races.Select(r => r.Race)], trend, await states.ReadAsync(date, cancellationToken));
        return (snapshot, report.Skipped);
    }
}
