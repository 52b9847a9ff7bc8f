using Dapper;
using HybridCoach.Application.Coaching;
using HybridCoach.Application.Plans;

namespace HybridCoach.Storage.Sqlite;

/// <summary>
/// Why coaching made each plan version, and the per-day reasons, in the athlete's SQLite file. A version made by coaching
/// is written here with its note and its days: one transaction, so neither is ever stored without the other.
/// </summary>
public sealed class SqlitePlanChangeLog(string databasePath, TimeProvider? clock = null, SharedSqliteConnection? shared = null) : SqliteStore(databasePath, clock, shared), IPlanChangeLog
{
    private const string InsertNote =
        "INSERT INTO plan_version_notes (plan_version, source, summary, decided_by) VALUES (@Version, @Source, @Summary, @DecidedBy);";

    private const string InsertChange =
        "INSERT OR REPLACE INTO plan_changes (plan_version, session_date, kind, reason) VALUES (@Version, @Date, @Kind, @Reason);";

    public Task<long> AddVersionAsync(StoredPlanVersion plan, PlanVersionNote note, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(note);
        return Locked(async () =>
        {
            await using var write = WriteTransaction.Begin(Connection);
            var transaction = write.Transaction;
            var version = await PlanVersionRows.InsertAsync(Connection, transaction, plan);
            await Connection.ExecuteAsync(InsertNote, new { Version = version, note.Source, note.Summary, note.DecidedBy }, transaction);
            foreach (var c in note.Changes)
                await Connection.ExecuteAsync(InsertChange, new { Version = version, Date = CoachingCodes.Date(c.Date), c.Kind, c.Reason }, transaction);
            await write.CommitAsync(cancellationToken);
            return version;
        }, cancellationToken);
    }

    public Task<PlanVersionNote?> GetAsync(long version, CancellationToken cancellationToken = default) => Locked(async () =>
    {
        var note = await Connection.QuerySingleOrDefaultAsync<PlanVersionNoteRow>(
            "SELECT source, summary, decided_by FROM plan_version_notes WHERE plan_version = @version;", new { version });
        if (note is null) return null;
        var changes = await Connection.QueryAsync<PlanChangeNoteRow>(
            "SELECT session_date, kind, reason FROM plan_changes WHERE plan_version = @version ORDER BY session_date;", new { version });
        return new PlanVersionNote(version, note.Source, note.Summary, note.DecidedBy,
            [.. changes.Select(c => new PlanChangeNote(CoachingCodes.ParseDate(c.SessionDate), c.Kind, c.Reason))]);
    }, cancellationToken);
}
