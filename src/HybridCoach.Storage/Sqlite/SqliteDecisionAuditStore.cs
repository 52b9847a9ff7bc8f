using Dapper;
using HybridCoach.Application.Decisions;

namespace HybridCoach.Storage.Sqlite;

/// <summary>
/// The append-only decision audit trail in the athlete's SQLite file (the schema's triggers refuse UPDATE and DELETE),
/// hash-chained so that an edit with the file in hand is found by `coach audit verify` (<see cref="DecisionChain"/>).
/// </summary>
public sealed class SqliteDecisionAuditStore(string databasePath, TimeProvider? clock = null, SharedSqliteConnection? shared = null) : SqliteStore(databasePath, clock, shared), IDecisionAuditStore, IDecisionChainReader
{
    /// <summary>
    /// Appends the record chained to the newest one (<see cref="DecisionChain"/>): the id follows the head, so it is
    /// never given twice, and the record, its hashes and the new head are written in one transaction.
    /// </summary>
    public Task<long> AppendAsync(DecisionAuditRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var row = ToRow(record);
        return Locked(() => ChainedAppend.AppendAsync(Connection, DecisionSql.Chain, DecisionSql.MaxDecisionId, row,
            (previous, r) => DecisionChain.Hash(previous, ToRecord(r)),
            transaction => Connection.ExecuteAsync(DecisionSql.InsertChainedDecision, row, transaction)), cancellationToken);
    }

    /// <summary>Every decision in id order with its stored chain hashes, and the head (null before the first chained record).</summary>
    public Task<(IReadOnlyList<ChainedDecision> Records, (long LastId, string LastHash)? Head)> ReadChainAsync(CancellationToken cancellationToken = default) =>
        Locked(async () =>
        {
            var rows = await Connection.QueryAsync<DecisionRow>(DecisionSql.SelectChain);
            return ((IReadOnlyList<ChainedDecision>)[.. rows.Select(r => new ChainedDecision(ToRecord(r), r.PrevHash, r.RecordHash))],
                await ChainedAppend.HeadAsync(Connection, DecisionSql.Chain));
        }, cancellationToken);

    public Task<DecisionAuditRecord?> GetAsync(long id, CancellationToken cancellationToken = default) => Locked(async () =>
        await Connection.QuerySingleOrDefaultAsync<DecisionRow>(DecisionSql.SelectDecision, new { id }) is { } row ? ToRecord(row) : null,
        cancellationToken);

    public Task<IReadOnlyList<DecisionAuditSummary>> ListAsync(DateOnly? from = null, DateOnly? to = null, int? limit = null,
        CancellationToken cancellationToken = default) => Locked(async () =>
    {
        var range = new { From = DateOrNull(from), To = DateOrNull(to), Limit = limit ?? -1 };
        var rows = await Connection.QueryAsync<DecisionRow>(DecisionSql.SelectDecisionSummaries, range);
        return (IReadOnlyList<DecisionAuditSummary>)[.. rows.Select(r => new DecisionAuditSummary(r.Id, AthleteCodes.ParseDate(r.DecidedFor),
            SqliteDialect.Instance.FromDbTime(r.CreatedAtUtc), r.Recommendation, r.EngineVersion, r.SettingsHash))];
    }, cancellationToken);

    internal static string? DateOrNull(DateOnly? date) => date is { } d ? AthleteCodes.Date(d) : null;

    private static DecisionRow ToRow(DecisionAuditRecord r) => new()
    {
        DecidedFor = AthleteCodes.Date(r.DecidedFor),
        CreatedAtUtc = (string)SqliteDialect.Instance.ToDbTime(r.CreatedAtUtc),
        Recommendation = r.Recommendation,
        EngineVersion = r.EngineVersion,
        SettingsHash = r.SettingsHash,
        SettingsJson = r.SettingsJson,
        SnapshotJson = r.SnapshotJson,
        OutcomesJson = r.OutcomesJson,
        Narrative = r.Narrative,
        NarrativeSource = r.NarrativeSource,
        LlmProvider = r.Llm?.Provider,
        LlmModel = r.Llm?.Model,
        LlmPrompt = r.Llm?.Prompt,
        LlmResponse = r.Llm?.Response,
        LlmGuardVerdict = r.Llm?.GuardVerdict,
        LlmLatencyMs = r.Llm?.LatencyMs,
        LlmFallbackUsed = LlmExchangeColumns.Flag(r.Llm),
    };

    private static DecisionAuditRecord ToRecord(DecisionRow r)
    {
        var llm = LlmExchangeColumns.Read(r.LlmProvider, r.LlmModel, r.LlmPrompt, r.LlmResponse, r.LlmGuardVerdict, r.LlmLatencyMs, r.LlmFallbackUsed);
        return new DecisionAuditRecord(r.Id, AthleteCodes.ParseDate(r.DecidedFor), SqliteDialect.Instance.FromDbTime(r.CreatedAtUtc),
            r.Recommendation, r.EngineVersion, r.SettingsHash, r.SettingsJson, r.SnapshotJson, r.OutcomesJson, r.Narrative, r.NarrativeSource, llm);
    }
}
