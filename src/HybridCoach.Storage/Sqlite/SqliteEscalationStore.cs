using Dapper;
using HybridCoach.Application.Coaching;
using HybridCoach.Application.Coaching.Records;
using HybridCoach.Application.Restrictions;

namespace HybridCoach.Storage.Sqlite;

/// <summary>
/// Alerts for the coach in the athlete's SQLite file; the unique dedup key makes raising the same alert again a no-op.
/// Flags (medical red flags, pain reports) stay in force until a row in flag_clearances clears them.
/// </summary>
public sealed class SqliteEscalationStore(string databasePath, TimeProvider? clock = null, SharedSqliteConnection? shared = null) : SqliteStore(databasePath, clock, shared), IEscalationStore
{
    private const string Columns =
        "id, kind, urgency, alert_date, summary, evidence_json, dedup_key, status, created_at_utc, decided_by, decision_reason, decided_at_utc, site";

    private const string Insert = """
        INSERT INTO escalations (kind, urgency, alert_date, summary, evidence_json, dedup_key, status, created_at_utc, site)
        VALUES (@Kind, @Urgency, @AlertDate, @Summary, @EvidenceJson, @DedupKey, @Status, @CreatedAtUtc, @Site)
        ON CONFLICT (dedup_key) DO NOTHING
        RETURNING id;
        """;

    private const string Acknowledge = """
        UPDATE escalations SET status = 'acknowledged', decided_by = @DecidedBy, decision_reason = @DecisionReason, decided_at_utc = @DecidedAtUtc
        WHERE id = @Id AND status = 'open';
        """;

    public Task<long?> AddIfNewAsync(StoredEscalation escalation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        var row = new EscalationRow
        {
            Kind = escalation.Kind, Urgency = escalation.Urgency, AlertDate = CoachingCodes.Date(escalation.Date), Summary = escalation.Summary,
            EvidenceJson = CoachingJson.Lines(escalation.Evidence), DedupKey = escalation.DedupKey, Status = CoachingIds.ToId(escalation.Status),
            CreatedAtUtc = CoachingCodes.Time(escalation.CreatedAtUtc), Site = escalation.Site,
        };
        return Locked(() => Connection.ExecuteScalarAsync<long?>(Insert, row), cancellationToken);
    }

    public Task<StoredEscalation?> GetAsync(long id, CancellationToken cancellationToken = default) => Locked(async () =>
        await Connection.QuerySingleOrDefaultAsync<EscalationRow>($"SELECT {Columns} FROM escalations WHERE id = @id;", new { id }) is { } row ? Map(row) : null,
        cancellationToken);

    public Task<IReadOnlyList<StoredEscalation>> ListAsync(EscalationStatus? status = null, CancellationToken cancellationToken = default) => Locked(async () =>
    {
        var rows = await Connection.QueryAsync<EscalationRow>(
            $"SELECT {Columns} FROM escalations WHERE @Status IS NULL OR status = @Status ORDER BY urgency, alert_date DESC, id;",
            new { Status = status is { } s ? CoachingIds.ToId(s) : null });
        return (IReadOnlyList<StoredEscalation>)[.. rows.Select(Map)];
    }, cancellationToken);

    public Task<bool> AcknowledgeAsync(long id, string decidedBy, string? note, DateTimeOffset decidedAtUtc, CancellationToken cancellationToken = default) =>
        Locked(async () => await Connection.ExecuteAsync(Acknowledge,
            new { Id = id, DecidedBy = decidedBy, DecisionReason = note, DecidedAtUtc = CoachingCodes.Time(decidedAtUtc) }) == 1, cancellationToken);

    private static StoredEscalation Map(EscalationRow r) => new(r.Id, r.Kind, (int)r.Urgency, CoachingCodes.ParseDate(r.AlertDate), r.Summary,
        CoachingJson.ReadLines(r.EvidenceJson, "evidence_json"), r.DedupKey, CoachingIds.Parse<EscalationStatus>(r.Status, "status"),
        CoachingCodes.ParseTime(r.CreatedAtUtc), r.DecidedBy, r.DecisionReason, CoachingCodes.ParseTimeOrNull(r.DecidedAtUtc), r.Site);

    private const string InsertClearance = """
        INSERT INTO flag_clearances (escalation_id, cleared_by, reason, cleared_on, cleared_at_utc)
        SELECT @EscalationId, @ClearedBy, @Reason, @ClearedOn, @ClearedAtUtc
        WHERE EXISTS (SELECT 1 FROM escalations WHERE id = @EscalationId)
        ON CONFLICT (escalation_id) DO NOTHING;
        """;

    private const string SelectFlagsInForce = $"""
        SELECT {Columns} FROM escalations e
        WHERE kind IN ('medical_red_flag', 'pain_flag') AND alert_date <= @AsOf
          AND NOT EXISTS (SELECT 1 FROM flag_clearances c WHERE c.escalation_id = e.id AND c.cleared_on <= @AsOf)
        ORDER BY alert_date, id;
        """;

    public Task<bool> ClearAsync(StoredClearance clearance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clearance);
        return Locked(async () => await Connection.ExecuteAsync(InsertClearance, new
        {
            clearance.EscalationId, clearance.ClearedBy, clearance.Reason, ClearedOn = CoachingCodes.Date(clearance.ClearedOn),
            ClearedAtUtc = CoachingCodes.Time(clearance.ClearedAtUtc),
        }) == 1, cancellationToken);
    }

    public Task<IReadOnlyList<StoredEscalation>> ListFlagsInForceAsync(DateOnly asOf, CancellationToken cancellationToken = default) => Locked(async () =>
        (IReadOnlyList<StoredEscalation>)[.. (await Connection.QueryAsync<EscalationRow>(SelectFlagsInForce, new { AsOf = CoachingCodes.Date(asOf) })).Select(Map)],
        cancellationToken);
}
