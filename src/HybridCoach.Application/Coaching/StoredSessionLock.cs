namespace HybridCoach.Application.Coaching;

/// <summary>
/// A planned day the coach locked against automatic change: no adaptation, adjustment or regeneration changes it
/// without the coach (<see cref="ChangeSubmission"/> holds such a change for the coach; a regeneration carries it
/// forward). The day's safety call still acts on it: a red flag or a pain report is never overruled by a lock.
/// </summary>
public sealed record StoredSessionLock(long Id, DateOnly Date, string LockedBy, string Reason, DateTimeOffset LockedAtUtc);
