using Dapper;
using HybridCoach.Application.Coaching;

namespace HybridCoach.Storage.Sqlite;

/// <summary>The athlete's weekly check-ins in their SQLite file.</summary>
public sealed class SqliteCheckInStore(string databasePath, TimeProvider? clock = null, SharedSqliteConnection? shared = null) : SqliteStore(databasePath, clock, shared), ICheckInStore
{
    private const string Insert = """
        INSERT INTO check_ins (week_start, effort, fatigue, niggles_json, notes, request_text, request_json, created_at_utc)
        VALUES (@WeekStart, @Effort, @Fatigue, @NigglesJson, @Notes, @RequestText, @RequestJson, @CreatedAtUtc);
        SELECT last_insert_rowid();
        """;

    private const string SelectTo = """
        SELECT id, week_start, effort, fatigue, niggles_json, notes, request_text, request_json, created_at_utc
        FROM check_ins WHERE week_start <= @To ORDER BY week_start, id;
        """;

    public Task<long> AddAsync(StoredCheckIn checkIn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        var row = new CheckInRow
        {
            WeekStart = CoachingCodes.Date(checkIn.WeekStart), Effort = checkIn.Effort, Fatigue = checkIn.Fatigue, NigglesJson = checkIn.NigglesJson,
            Notes = checkIn.Notes, RequestText = checkIn.RequestText, RequestJson = checkIn.RequestJson, CreatedAtUtc = CoachingCodes.Time(checkIn.CreatedAtUtc),
        };
        return Locked(() => Connection.ExecuteScalarAsync<long>(Insert, row), cancellationToken);
    }

    public Task<IReadOnlyList<StoredCheckIn>> ListAsync(DateOnly to, CancellationToken cancellationToken = default) => Locked(async () =>
    {
        var rows = await Connection.QueryAsync<CheckInRow>(SelectTo, new { To = CoachingCodes.Date(to) });
        return (IReadOnlyList<StoredCheckIn>)[.. rows.Select(r => new StoredCheckIn(r.Id, CoachingCodes.ParseDate(r.WeekStart), (int)r.Effort, (int)r.Fatigue,
            r.NigglesJson, r.Notes, r.RequestText, r.RequestJson, CoachingCodes.ParseTime(r.CreatedAtUtc)))];
    }, cancellationToken);
}
