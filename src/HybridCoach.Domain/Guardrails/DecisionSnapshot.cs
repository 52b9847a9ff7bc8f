using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Load;
using HybridCoach.Domain.Racing;
using HybridCoach.Domain.Restrictions;

namespace HybridCoach.Domain.Guardrails;

/// <summary>
/// Everything the engine reads to decide one day, as plain values, so it can be stored in the audit record and
/// replayed. <see cref="State"/> is what is in force for the athlete on the date (open flags, coach holds,
/// unavailable days; <see cref="AthleteState.None"/> in records made before it existed). <see cref="Date"/> is the day being decided. The training record is of complete days only:
/// <see cref="Metrics"/> are the daily metrics as of the day before, and <see cref="Activities"/> are the
/// activities of the <see cref="ActivityWindowDays"/> days before the date (the date's own activities are the
/// training being decided, so they are left out). <see cref="Signals"/> are the recovery signals of the
/// <see cref="SignalWindowDays"/> days up to and including the date (the morning check-in counts).
/// <see cref="Races"/> are calendar races from <see cref="RaceLookbackDays"/> days before to
/// <see cref="RaceLookaheadDays"/> days after the date. Lists may come in any order.
/// </summary>
public sealed record DecisionSnapshot(
    DateOnly Date,
    string LoadMeasure,
    DailyMetrics? Metrics,
    IReadOnlyList<ActivityFact> Activities,
    IReadOnlyList<RecoverySignals> Signals,
    IReadOnlyList<Injury> Injuries,
    IReadOnlyList<RaceEntry> Races,
    EasyPaceHeartRateFact? EasyPaceHeartRate,
    AthleteState? State = null)
{
    public AthleteState State { get; init; } = State ?? AthleteState.None;

    public const int ActivityWindowDays = 42;
    public const int SignalWindowDays = 60;
    public const int RaceLookbackDays = 42;
    public const int RaceLookaheadDays = 14;

    /// <summary>The signals reported for the date itself, or null.</summary>
    public RecoverySignals? Today => SignalsOn(Date);

    public RecoverySignals? SignalsOn(DateOnly day)
    {
        foreach (var signals in Signals) if (signals.Date == day) return signals;
        return null;
    }

    /// <summary>Activities dated from <paramref name="first"/> to <paramref name="last"/> inclusive.</summary>
    public IEnumerable<ActivityFact> ActivitiesBetween(DateOnly first, DateOnly last) =>
        Activities.Where(a => a.Date >= first && a.Date <= last);

    /// <summary>The same snapshot with its lists in canonical order (activities by date then id, signals and races by date).</summary>
    public DecisionSnapshot Canonical() => this with
    {
        Activities = [.. Activities.OrderBy(a => a.Date).ThenBy(a => a.Id)],
        Signals = [.. Signals.OrderBy(s => s.Date)],
        Injuries = [.. Injuries.OrderBy(i => i.Date).ThenBy(i => i.Site, StringComparer.Ordinal)],
        Races = [.. Races.OrderBy(r => r.Date).ThenBy(r => r.Name, StringComparer.Ordinal)],
        State = State.Canonical(),
    };
}
