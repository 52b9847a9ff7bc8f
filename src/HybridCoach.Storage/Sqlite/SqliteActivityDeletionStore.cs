using Dapper;
using HybridCoach.Application.Activities;

namespace HybridCoach.Storage.Sqlite;

/// <summary>
/// Deletes and restores of activities in the athlete's SQLite file: the activity row's <c>deleted_at_utc</c> hides it
/// from every read, and each change is recorded in <c>activity_deletions</c> in the same transaction.
/// </summary>
public sealed class SqliteActivityDeletionStore(string databasePath, TimeProvider? clock = null, SharedSqliteConnection? shared = null) : SqliteStore(databasePath, clock, shared), IActivityDeletions
{
    private const string StateSql = "SELECT id, deleted_at_utc FROM activities WHERE id = @Id;";
    private const string MarkSql = "UPDATE activities SET deleted_at_utc = @At WHERE id = @Id;";
    private const string LogSql = "INSERT INTO activity_deletions (activity_id, action, reason, at_utc) VALUES (@Id, @Action, @Reason, @AtUtc);";
    private const string HistorySql = "SELECT activity_id, action, reason, at_utc FROM activity_deletions WHERE activity_id = @Id ORDER BY id;";

    public Task<(bool Exists, DateTimeOffset? DeletedAtUtc)> StateAsync(long id, CancellationToken cancellationToken = default) =>
        Locked(async () => await Connection.QuerySingleOrDefaultAsync<StateRow>(StateSql, new { Id = id }) is { } row
            ? (true, CoachingCodes.ParseTimeOrNull(row.DeletedAtUtc))
            : (false, (DateTimeOffset?)null), cancellationToken);

    public Task DeleteAsync(long id, string reason, DateTimeOffset atUtc, CancellationToken cancellationToken = default) =>
        Change(id, "delete", CoachingCodes.Time(atUtc), reason, atUtc, cancellationToken);

    public Task RestoreAsync(long id, string reason, DateTimeOffset atUtc, CancellationToken cancellationToken = default) =>
        Change(id, "restore", null, reason, atUtc, cancellationToken);

    public Task<IReadOnlyList<ActivityDeletionEntry>> HistoryAsync(long id, CancellationToken cancellationToken = default) =>
        Locked(async () => (IReadOnlyList<ActivityDeletionEntry>)[.. (await Connection.QueryAsync<EntryRow>(HistorySql, new { Id = id }))
            .Select(r => new ActivityDeletionEntry(r.ActivityId, r.Action, r.Reason, CoachingCodes.ParseTime(r.AtUtc)))], cancellationToken);

    private Task Change(long id, string action, string? deletedAt, string reason, DateTimeOffset atUtc, CancellationToken cancellationToken) =>
        Locked(async () =>
        {
            using var write = WriteTransaction.Begin(Connection);
            var transaction = write.Transaction;
            await Connection.ExecuteAsync(MarkSql, new { Id = id, At = deletedAt }, transaction);
            await Connection.ExecuteAsync(LogSql, new { Id = id, Action = action, Reason = reason, AtUtc = CoachingCodes.Time(atUtc) }, transaction);
            write.Commit();
            return true;
        }, cancellationToken);

    internal sealed class StateRow
    {
        public long Id { get; set; }
        public string? DeletedAtUtc { get; set; }
    }

    internal sealed class EntryRow
    {
        public long ActivityId { get; set; }
        public string Action { get; set; } = "";
        public string Reason { get; set; } = "";
        public string AtUtc { get; set; } = "";
    }
}
