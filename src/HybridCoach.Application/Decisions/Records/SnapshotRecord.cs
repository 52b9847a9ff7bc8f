using HybridCoach.Domain.Guardrails;

namespace HybridCoach.Application.Decisions.Records;

/// <summary>
/// A <see cref="DecisionSnapshot"/> as stored in the audit record: explicit, versionable DTOs rather than the
/// domain records, so a change to a domain type cannot silently change what old records mean. Lists are written
/// in the snapshot's canonical order. <see cref="ToSnapshot"/> rebuilds the snapshot exactly;
/// a record made before the athlete's state was kept has no <see cref="State"/> and replays with none in force.
/// </summary>
public sealed record SnapshotRecord(
    string Date,
    string LoadMeasure,
    MetricsRecord? Metrics,
    IReadOnlyList<ActivityFactRecord> Activities,
    IReadOnlyList<SignalsRecord> Signals,
    IReadOnlyList<InjuryRecord> Injuries,
    IReadOnlyList<RaceRecord> Races,
    EasyPaceRecord? EasyPaceHeartRate,
    AthleteStateRecord? State = null)
{
    public static SnapshotRecord From(DecisionSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var s = snapshot.Canonical();
        return new(RecordCodes.Date(s.Date), s.LoadMeasure, s.Metrics is { } m ? MetricsRecord.From(m) : null,
            [.. s.Activities.Select(ActivityFactRecord.From)], [.. s.Signals.Select(SignalsRecord.From)],
            [.. s.Injuries.Select(InjuryRecord.From)], [.. s.Races.Select(RaceRecord.From)],
            s.EasyPaceHeartRate is { } e ? EasyPaceRecord.From(e) : null, AthleteStateRecord.From(s.State));
    }

    public DecisionSnapshot ToSnapshot() => new(
        RecordCodes.ParseDate(Date, "snapshot date"),
        LoadMeasure,
        Metrics?.ToMetrics(),
        [.. (Activities ?? []).Select(a => a.ToFact())],
        [.. (Signals ?? []).Select(s => s.ToSignals())],
        [.. (Injuries ?? []).Select(i => i.ToInjury())],
        [.. (Races ?? []).Select(r => r.ToRace())],
        EasyPaceHeartRate?.ToFact(),
        State?.ToState());
}
