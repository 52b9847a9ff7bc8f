using Dapper;
using HybridCoach.Application.Coaching;

namespace HybridCoach.Storage.Sqlite;

/// <summary>Proposals in the athlete's SQLite file; a decision is recorded only on a pending proposal (so nothing is decided twice).</summary>
public sealed class SqliteProposalStore(string databasePath, TimeProvider? clock = null, SharedSqliteConnection? shared = null) : SqliteStore(databasePath, clock, shared), IProposalStore
{
    private const string Columns =
        "id, category, summary, payload_json, route, rule_id, route_reason, status, created_at_utc, decided_by, decision_reason, decided_at_utc";

    private const string Insert = """
        INSERT INTO proposals (category, summary, payload_json, route, rule_id, route_reason, status, created_at_utc)
        VALUES (@Category, @Summary, @PayloadJson, @Route, @RuleId, @RouteReason, @Status, @CreatedAtUtc);
        SELECT last_insert_rowid();
        """;

    private const string Decide = """
        UPDATE proposals SET status = @Status, decided_by = @DecidedBy, decision_reason = @DecisionReason, decided_at_utc = @DecidedAtUtc
        WHERE id = @Id AND status = 'pending';
        """;

    public Task<long> AddAsync(StoredProposal proposal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        var row = new ProposalRow
        {
            Category = proposal.Category, Summary = proposal.Summary, PayloadJson = proposal.PayloadJson, Route = proposal.Route, RuleId = proposal.RuleId,
            RouteReason = proposal.RouteReason, Status = CoachingIds.ToId(proposal.Status), CreatedAtUtc = CoachingCodes.Time(proposal.CreatedAtUtc),
        };
        return Locked(() => Connection.ExecuteScalarAsync<long>(Insert, row), cancellationToken);
    }

    public Task<StoredProposal?> GetAsync(long id, CancellationToken cancellationToken = default) => Locked(async () =>
        await Connection.QuerySingleOrDefaultAsync<ProposalRow>($"SELECT {Columns} FROM proposals WHERE id = @id;", new { id }) is { } row ? Map(row) : null,
        cancellationToken);

    public Task<IReadOnlyList<StoredProposal>> ListAsync(ProposalStatus? status = null, CancellationToken cancellationToken = default) => Locked(async () =>
    {
        var rows = await Connection.QueryAsync<ProposalRow>($"SELECT {Columns} FROM proposals WHERE @Status IS NULL OR status = @Status ORDER BY id;",
            new { Status = status is { } s ? CoachingIds.ToId(s) : null });
        return (IReadOnlyList<StoredProposal>)[.. rows.Select(Map)];
    }, cancellationToken);

    public Task<bool> DecideAsync(long id, ProposalStatus status, string decidedBy, string? reason, DateTimeOffset decidedAtUtc,
        CancellationToken cancellationToken = default) => Locked(async () => await Connection.ExecuteAsync(Decide, new
        {
            Id = id, Status = CoachingIds.ToId(status), DecidedBy = decidedBy, DecisionReason = reason, DecidedAtUtc = CoachingCodes.Time(decidedAtUtc),
        }) == 1, cancellationToken);

    private static StoredProposal Map(ProposalRow r) => new(r.Id, r.Category, r.Summary, r.PayloadJson, r.Route, r.RuleId, r.RouteReason,
        CoachingIds.Parse<ProposalStatus>(r.Status, "status"), CoachingCodes.ParseTime(r.CreatedAtUtc), r.DecidedBy, r.DecisionReason,
        CoachingCodes.ParseTimeOrNull(r.DecidedAtUtc));
}
