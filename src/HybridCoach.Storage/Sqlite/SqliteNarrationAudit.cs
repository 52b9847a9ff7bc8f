using Dapper;
using HybridCoach.Application.Decisions;
using HybridCoach.Application.Narration;

namespace HybridCoach.Storage.Sqlite;

/// <summary>
/// The append-only narration audit in the athlete's SQLite file (the schema's triggers refuse UPDATE and DELETE),
/// hash-chained like the decisions (<see cref="NarrationChain"/>): the id follows the head, so it is never given
/// twice, and the record, its hashes and the new head are written in one transaction.
/// </summary>
public sealed class SqliteNarrationAudit(string databasePath, TimeProvider? clock = null, SharedSqliteConnection? shared = null) : SqliteStore(databasePath, clock, shared), INarrationAudit, INarrationChainReader
{
    public Task<long> AppendAsync(NarrationAuditRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var row = ToRow(record);
        return Locked(() => ChainedAppend.AppendAsync(Connection, NarrationSql.Chain, NarrationSql.MaxId, row,
            (previous, r) => NarrationChain.Hash(previous, ToRecord(r)),
            transaction => Connection.ExecuteAsync(NarrationSql.InsertChained, row, transaction)), cancellationToken);
    }

    /// <summary>Every narration in id order with its stored chain hashes, and the head (null before the first chained record).</summary>
    public Task<(IReadOnlyList<ChainedNarration> Records, (long LastId, string LastHash)? Head)> ReadChainAsync(CancellationToken cancellationToken = default) =>
        Locked(async () =>
        {
            var rows = await Connection.QueryAsync<NarrationRow>(NarrationSql.SelectChain);
            return ((IReadOnlyList<ChainedNarration>)[.. rows.Select(r => new ChainedNarration(ToRecord(r), r.PrevHash, r.RecordHash))],
                await ChainedAppend.HeadAsync(Connection, NarrationSql.Chain));
        }, cancellationToken);

    public Task<NarrationAuditRecord?> GetAsync(long id, CancellationToken cancellationToken = default) => Locked(async () =>
        await Connection.QuerySingleOrDefaultAsync<NarrationRow>(NarrationSql.SelectById, new { id }) is { } row ? ToRecord(row) : null,
        cancellationToken);

    public Task<NarrationAuditRecord?> LatestForAsync(string reference, CancellationToken cancellationToken = default) => Locked(async () =>
        await Connection.QuerySingleOrDefaultAsync<NarrationRow>(NarrationSql.SelectLatestForReference, new { reference }) is { } row ? ToRecord(row) : null,
        cancellationToken);

    public Task<IReadOnlyList<NarrationAuditRecord>> ListAsync(NarrationPurpose? purpose = null, int? limit = null, CancellationToken cancellationToken = default) =>
        Locked(async () =>
        {
            var rows = await Connection.QueryAsync<NarrationRow>(NarrationSql.SelectList, new { Purpose = purpose?.ToId(), Limit = limit ?? -1 });
            return (IReadOnlyList<NarrationAuditRecord>)[.. rows.Select(ToRecord)];
        }, cancellationToken);

    private static NarrationRow ToRow(NarrationAuditRecord r) => new()
    {
        Purpose = r.Purpose.ToId(),
        Reference = r.Reference,
        NarratedFor = AthleteCodes.Date(r.NarratedFor),
        CreatedAtUtc = (string)SqliteDialect.Instance.ToDbTime(r.CreatedAtUtc),
        SubjectJson = r.SubjectJson,
        Text = r.Text,
        Source = r.Source,
        LlmProvider = r.Exchange?.Provider,
        LlmModel = r.Exchange?.Model,
        LlmPrompt = r.Exchange?.Prompt,
        LlmResponse = r.Exchange?.Response,
        LlmGuardVerdict = r.Exchange?.GuardVerdict,
        LlmLatencyMs = r.Exchange?.LatencyMs,
        LlmFallbackUsed = LlmExchangeColumns.Flag(r.Exchange),
    };

    private static NarrationAuditRecord ToRecord(NarrationRow r)
    {
        var exchange = LlmExchangeColumns.Read(r.LlmProvider, r.LlmModel, r.LlmPrompt, r.LlmResponse, r.LlmGuardVerdict, r.LlmLatencyMs, r.LlmFallbackUsed);
        return new NarrationAuditRecord(r.Id, NarrationPurposes.Parse(r.Purpose), r.Reference, AthleteCodes.ParseDate(r.NarratedFor),
            SqliteDialect.Instance.FromDbTime(r.CreatedAtUtc), r.SubjectJson, r.Text, r.Source, exchange);
    }
}
