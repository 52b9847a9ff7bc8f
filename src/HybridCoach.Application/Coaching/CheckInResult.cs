namespace HybridCoach.Application.Coaching;

/// <summary>What `coach checkin` did: the stored check-in's id, the new alerts for the coach, and the adaptation (null without a plan or when nothing changed).</summary>
public sealed record CheckInResult(long CheckInId, IReadOnlyList<StoredEscalation> Escalations, ChangeOutcome? Adaptation);
