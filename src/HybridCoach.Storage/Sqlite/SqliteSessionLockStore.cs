using Dapper;
using HybridCoach.Application.Coaching;

namespace HybridCoach.Storage.Sqlite;

/// <summary>The coach's session locks on the athlete, in their SQLite file. A lock is never deleted: unlocking records who, why and when.</summary>
public sealed class SqliteSessionLockStore(string databasePath, TimeProvider? clock = null, SharedSqliteConnection? shared = null) : SqliteStore(databasePath, clock, shared), ISessionLockStore
{
    private const string Insert = """
        INSERT INTO session_locks (day, locked_by, reason, locked_at_utc) VALUES (@Day, @LockedBy, @Reason, @LockedAtUtc) RETURNING id;
        """;

    private const string Unlock = """
        UPDATE session_locks SET unlocked_by = @UnlockedBy, unlock_reason = @UnlockReason, unlocked_at_utc = @UnlockedAtUtc
        WHERE day = @Day AND unlocked_at_utc IS NULL;
        """;

    private const string Open = "SELECT id, day, locked_by, reason, locked_at_utc FROM session_locks WHERE unlocked_at_utc IS NULL ORDER BY day, id;";

    public Task<long> AddAsync(StoredSessionLock sessionLock, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sessionLock);
        return Locked(() => Connection.ExecuteScalarAsync<long>(Insert, new
        {
            Day = CoachingCodes.Date(sessionLock.Date), sessionLock.LockedBy, sessionLock.Reason, LockedAtUtc = CoachingCodes.Time(sessionLock.LockedAtUtc),
        }), cancellationToken);
    }

    public Task<bool> UnlockAsync(DateOnly date, string unlockedBy, string reason, DateTimeOffset unlockedAtUtc, CancellationToken cancellationToken = default) =>
        Locked(async () => await Connection.ExecuteAsync(Unlock, new
        {
            Day = CoachingCodes.Date(date), UnlockedBy = unlockedBy, UnlockReason = reason, UnlockedAtUtc = CoachingCodes.Time(unlockedAtUtc),
        }) > 0, cancellationToken);

    public Task<IReadOnlyList<StoredSessionLock>> ListOpenAsync(CancellationToken cancellationToken = default) => Locked(async () =>
        (IReadOnlyList<StoredSessionLock>)[.. (await Connection.QueryAsync<LockRow>(Open)).Select(r =>
            new StoredSessionLock(r.Id, CoachingCodes.ParseDate(r.Day), r.LockedBy, r.Reason, CoachingCodes.ParseTime(r.LockedAtUtc)))],
        cancellationToken);

    internal sealed class LockRow
    {
        public long Id { get; set; }
        public string Day { get; set; } = "";
        public string LockedBy { get; set; } = "";
        public string Reason { get; set; } = "";
        public string LockedAtUtc { get; set; } = "";
    }
}
