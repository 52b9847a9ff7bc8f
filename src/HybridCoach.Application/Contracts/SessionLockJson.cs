using HybridCoach.Application.Coaching;

namespace HybridCoach.Application.Contracts;

/// <summary>A locked planned day: the day, who locked it, why and when.</summary>
public sealed record SessionLockJson(string Date, string LockedBy, string Reason, DateTimeOffset LockedAtUtc)
{
    public static SessionLockJson From(StoredSessionLock l) => new(RecoverySignalsJson.DateText(l.Date), l.LockedBy, l.Reason, l.LockedAtUtc);
}
