using Dapper;
using HybridCoach.Application.Coaching;
using Microsoft.Data.Sqlite;

namespace HybridCoach.Storage.Sqlite;

/// <summary>Session adjustments in the athlete's SQLite file; the partial unique index keeps one open request per day.</summary>
public sealed class SqliteSessionAdjustmentStore(string databasePath, TimeProvider? clock = null, SharedSqliteConnection? shared = null) : SqliteStore(databasePath, clock, shared), ISessionAdjustmentStore
{
    private const int SqliteConstraint = 19;

    private const string Columns =
        "id, plan_version, session_date, original_json, replacement_json, reason, changes_json, status, created_at_utc, decided_at_utc";

    private const string Insert = """
        INSERT INTO session_adjustments (plan_version, session_date, original_json, replacement_json, reason, changes_json, status, created_at_utc)
        VALUES (@PlanVersion, @SessionDate, @OriginalJson, @ReplacementJson, @Reason, @ChangesJson, @Status, @CreatedAtUtc);
        SELECT last_insert_rowid();
        """;

    private const string Decide = """
        UPDATE session_adjustments SET status = @Status, decided_at_utc = @DecidedAtUtc WHERE id = @Id AND status = 'requested';
        """;

    public Task<long> AddAsync(StoredAdjustment adjustment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(adjustment);
        var row = new AdjustmentRow
        {
            PlanVersion = adjustment.PlanVersion, SessionDate = CoachingCodes.Date(adjustment.Date), OriginalJson = adjustment.OriginalJson,
            ReplacementJson = adjustment.ReplacementJson, Reason = adjustment.Reason, ChangesJson = adjustment.ChangesJson,
            Status = CoachingIds.ToId(adjustment.Status), CreatedAtUtc = CoachingCodes.Time(adjustment.CreatedAtUtc),
        };
        return Locked(async () =>
        {
            try
            {
                return await Connection.ExecuteScalarAsync<long>(Insert, row);
            }
            catch (SqliteException error) when (error.SqliteErrorCode == SqliteConstraint)
            {
                throw new OpenAdjustmentExistsException($"date {row.SessionDate}: an adjustment is already open for this session; accept or reject it first");
            }
        }, cancellationToken);
    }

    public Task<StoredAdjustment?> GetAsync(long id, CancellationToken cancellationToken = default) => Locked(async () =>
        Map(await Connection.QuerySingleOrDefaultAsync<AdjustmentRow>($"SELECT {Columns} FROM session_adjustments WHERE id = @id;", new { id })),
        cancellationToken);

    public Task<StoredAdjustment?> FindOpenAsync(DateOnly date, CancellationToken cancellationToken = default) => Locked(async () =>
        Map(await Connection.QuerySingleOrDefaultAsync<AdjustmentRow>(
            $"SELECT {Columns} FROM session_adjustments WHERE session_date = @Date AND status = 'requested';", new { Date = CoachingCodes.Date(date) })),
        cancellationToken);

    public Task<bool> DecideAsync(long id, AdjustmentStatus status, DateTimeOffset decidedAtUtc, CancellationToken cancellationToken = default) =>
        Locked(async () => await Connection.ExecuteAsync(Decide,
            new { Id = id, Status = CoachingIds.ToId(status), DecidedAtUtc = CoachingCodes.Time(decidedAtUtc) }) == 1, cancellationToken);

    private static StoredAdjustment? Map(AdjustmentRow? r) => r is null ? null : new StoredAdjustment(r.Id, r.PlanVersion, CoachingCodes.ParseDate(r.SessionDate),
        r.OriginalJson, r.ReplacementJson, r.Reason, r.ChangesJson, CoachingIds.Parse<AdjustmentStatus>(r.Status, "status"),
        CoachingCodes.ParseTime(r.CreatedAtUtc), CoachingCodes.ParseTimeOrNull(r.DecidedAtUtc));
}
