using HybridCoach.Application.Narration;

namespace HybridCoach.Application.Coaching;

/// <summary>
/// What `coach checkin` did: the stored check-in's id, the new alerts for the coach, and the adaptation (null without
/// a plan or when nothing changed); <see cref="AlertNarratives"/> holds each new alert's narration by alert id.
/// </summary>
public sealed record CheckInResult(long CheckInId, IReadOnlyList<StoredEscalation> Escalations, ChangeOutcome? Adaptation)
{
    public IReadOnlyDictionary<long, RecordedNarration> AlertNarratives { get; init; } = new Dictionary<long, RecordedNarration>();

    /// <summary>When the athlete said "feeling strong": what it changed, or why it changed nothing (null otherwise).</summary>
    public string? FeelingStrong { get; init; }

    /// <summary>The days the athlete cannot train, applied at once as their own plan version (null when none were given or nothing changed).</summary>
    public ChangeOutcome? Unavailable { get; init; }

    public static CheckInResult From(long checkInId, IReadOnlyList<RaisedEscalation> raised, ChangeOutcome? adaptation) =>
        new(checkInId, [.. raised.Select(r => r.Alert)], adaptation) { AlertNarratives = raised.ToDictionary(r => r.Alert.Id, r => r.Narrative) };
}
