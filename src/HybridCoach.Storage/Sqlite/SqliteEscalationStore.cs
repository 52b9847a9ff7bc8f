using Dapper;
using HybridCoach.Application.Coaching;
using HybridCoach.Application.Coaching.Records;

namespace HybridCoach.Storage.Sqlite;

/// <summary>Alerts for the coach in the athlete's SQLite file; the unique dedup key makes raising the same alert again a no-op.</summary>
public sealed class SqliteEscalationStore(string databasePath, TimeProvider? clock = null) : SqliteStore(databasePath, clock), IEscalationStore
{
    private const string Columns =
        "id, kind, urgency, alert_date, summary, evidence_json, dedup_key, status, created_at_utc, decided_by, decision_reason, decided_at_utc";

    private const string Insert = """
        INSERT INTO escalations (kind, urgency, alert_date, summary, evidence_json, dedup_key, status, created_at_utc)
        VALUES (@Kind, @Urgency, @AlertDate, @Summary, @EvidenceJson, @DedupKey, @Status, @CreatedAtUtc)
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
            CreatedAtUtc = CoachingCodes.Time(escalation.CreatedAtUtc),
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
        CoachingCodes.ParseTime(r.CreatedAtUtc), r.DecidedBy, r.DecisionReason, CoachingCodes.ParseTimeOrNull(r.DecidedAtUtc));
}
