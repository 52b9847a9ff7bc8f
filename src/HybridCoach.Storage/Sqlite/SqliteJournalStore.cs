using Dapper;
using HybridCoach.Application.Journal;
using HybridCoach.Domain.Guardrails;

namespace HybridCoach.Storage.Sqlite;

/// <summary>The journal of the athlete's (or coach's) verdicts in the athlete's SQLite file.</summary>
public sealed class SqliteJournalStore(string databasePath, TimeProvider? clock = null, SharedSqliteConnection? shared = null) : SqliteStore(databasePath, clock, shared), IJournalStore
{
    public Task<long> AddAsync(JournalEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var row = new JournalRow
        {
            EntryDate = AthleteCodes.Date(entry.Date),
            MyCall = entry.MyCall.ToId(),
            Note = entry.Note,
            Author = AthleteCodes.Enum(entry.Author),
            CreatedAtUtc = (string)SqliteDialect.Instance.ToDbTime(entry.CreatedAtUtc),
        };
        return Locked(() => Connection.ExecuteScalarAsync<long>(DecisionSql.InsertJournal, row), cancellationToken);
    }

    public Task<IReadOnlyList<JournalEntry>> ListAsync(DateOnly? from = null, DateOnly? to = null, CancellationToken cancellationToken = default) => Locked(async () =>
    {
        var range = new { From = SqliteDecisionAuditStore.DateOrNull(from), To = SqliteDecisionAuditStore.DateOrNull(to) };
        var rows = await Connection.QueryAsync<JournalRow>(DecisionSql.SelectJournal, range);
        return (IReadOnlyList<JournalEntry>)[.. rows.Select(r => new JournalEntry(r.Id, AthleteCodes.ParseDate(r.EntryDate),
            RecommendationIds.Parse(r.MyCall), r.Note, AthleteCodes.ParseEnum<JournalAuthor>(r.Author), SqliteDialect.Instance.FromDbTime(r.CreatedAtUtc)))];
    }, cancellationToken);
}
