using Dapper;
using HybridCoach.Application.Activities;
using HybridCoach.Domain.Activities;

namespace HybridCoach.Storage.Sqlite;

// The read side of the store, and the one update.
public sealed partial class SqliteActivityStore
{
    private const string ActivityColumns = """
        id, start_time_utc, utc_offset_min, sport, sub_sport, distance_m, timer_time_s, elapsed_time_s,
        moving_time_s, avg_hr_bpm, max_hr_bpm, avg_cadence_spm, ascent_m, descent_m, avg_speed_mps,
        max_speed_mps, device, name, rpe, source_file, source_format, content_sha256
        """;

    // Optional filters as "parameter IS NULL OR ..." keep one constant statement; LIMIT -1 is "no limit" in SQLite.
    private const string Filter = """
        WHERE deleted_at_utc IS NULL
          AND (@StartFrom IS NULL OR start_time_utc >= @StartFrom)
          AND (@StartBefore IS NULL OR start_time_utc < @StartBefore)
          AND (@Sport IS NULL OR sport = @Sport)
        """;

    private const string ListSql = "SELECT " + ActivityColumns + " FROM activities " + Filter +
        " ORDER BY start_time_utc DESC, id DESC LIMIT @Limit;";
    private const string CountSql = "SELECT COUNT(*) FROM activities " + Filter + ";";
    private const string GetSql = "SELECT " + ActivityColumns + " FROM activities WHERE id = @Id AND deleted_at_utc IS NULL;";
    private const string HashSql = "SELECT id FROM activities WHERE content_sha256 = @Hash;";
    private const string NearSql =
        "SELECT id, start_time_utc, distance_m FROM activities WHERE start_time_utc BETWEEN @From AND @To AND deleted_at_utc IS NULL ORDER BY id;";
    private const string LapsSql = """
        SELECT lap_number, start_time_utc, distance_m, timer_time_s, elapsed_time_s, avg_hr_bpm, max_hr_bpm,
            avg_speed_mps, avg_cadence_spm
        FROM laps WHERE activity_id = @Id ORDER BY lap_number;
        """;
    private const string SplitsSql = """
        SELECT unit, split_number, distance_m, time_s, avg_hr_bpm, elevation_gain_m
        FROM splits WHERE activity_id = @Id ORDER BY unit, split_number;
        """;
    private const string BestEffortsSql =
        "SELECT effort_id, distance_m, time_s, start_offset_s FROM best_efforts WHERE activity_id = @Id ORDER BY distance_m;";
    private const string UpdateSql =
        "UPDATE activities SET name = COALESCE(@Name, name), sport = COALESCE(@Sport, sport) WHERE id = @Id;";

    public Task<long?> FindByContentHashAsync(string contentSha256, CancellationToken cancellationToken = default) =>
        Locked(() => _connection.QuerySingleOrDefaultAsync<long?>(HashSql, new { Hash = contentSha256 }), cancellationToken);

    public Task<IReadOnlyList<DuplicateCandidate>> FindStartingNearAsync(
        DateTimeOffset startTime, TimeSpan window, CancellationToken cancellationToken = default) =>
        Locked(async () =>
        {
            var rows = await _connection.QueryAsync<CandidateRow>(NearSql,
                new { From = _dialect.ToDbTime(startTime - window), To = _dialect.ToDbTime(startTime + window) });
            return (IReadOnlyList<DuplicateCandidate>)rows
                .Select(r => new DuplicateCandidate(r.Id, _mapper.Utc(r.StartTimeUtc), new(r.DistanceM)))
                .ToList();
        }, cancellationToken);

    public Task<IReadOnlyList<ActivityListItem>> ListAsync(ActivityQuery query, CancellationToken cancellationToken = default) =>
        Locked(async () =>
        {
            var rows = await _connection.QueryAsync<ActivityRow>(ListSql, FilterParameters(query));
            return (IReadOnlyList<ActivityListItem>)rows
                .Select(r => new ActivityListItem(r.Id, _mapper.Summary(r), ActivityRowMapper.Source(r)))
                .Where(i => query.IncludeImplausible || RecordingPlausibility.Problem(i.Summary) is null)
                .ToList();
        }, cancellationToken);

    public Task<int> CountAsync(ActivityQuery query, CancellationToken cancellationToken = default) =>
        Locked(() => _connection.ExecuteScalarAsync<int>(CountSql, FilterParameters(query)), cancellationToken);

    public Task<Activity?> GetAsync(long id, CancellationToken cancellationToken = default) =>
        Locked(() => ReadActivityAsync(id), cancellationToken);

    // A new sport changes the activity's running stress (graded pace is for runs), so its stored loads go with it.
    public Task<bool> UpdateNameAndSportAsync(long id, string? name, Sport? sport, CancellationToken cancellationToken = default) =>
        Locked(async () =>
        {
            await using var write = WriteTransaction.Begin(_connection);
            var transaction = write.Transaction;
            var updated = await _connection.ExecuteAsync(UpdateSql, new { Id = id, Name = name, Sport = sport?.ToId() }, transaction) == 1;
            if (sport is not null) await _connection.ExecuteAsync(SqliteActivityLoadStore.DeleteForActivity, new { activityId = id }, transaction);
            await write.CommitAsync(cancellationToken);
            return updated;
        }, cancellationToken);

    private async Task<Activity?> ReadActivityAsync(long id)
    {
        var row = await _connection.QuerySingleOrDefaultAsync<ActivityRow>(GetSql, new { Id = id });
        if (row is null) return null;
        var offset = _mapper.Offset(row);
        var laps = (await _connection.QueryAsync<LapRow>(LapsSql, new { Id = id })).Select(l => _mapper.Lap(l, offset)).ToList();
        var splits = (await _connection.QueryAsync<SplitRow>(SplitsSql, new { Id = id })).Select(ActivityRowMapper.Split).ToList();
        var efforts = (await _connection.QueryAsync<BestEffortRow>(BestEffortsSql, new { Id = id }))
            .Select(ActivityRowMapper.BestEffort).ToList();
        var samples = await SampleRows.ReadAsync(_connection, id);
        return new Activity(
            _mapper.Summary(row),
            laps,
            splits.Where(s => s.Length == Domain.Units.DistanceUnit.Kilometers).ToList(),
            splits.Where(s => s.Length == Domain.Units.DistanceUnit.Miles).ToList(),
            efforts,
            samples,
            ActivityRowMapper.Source(row)) { Id = id };
    }

    private ActivityFilterRow FilterParameters(ActivityQuery query) => new()
    {
        StartFrom = query.StartFrom is { } from ? _dialect.ToDbTime(from) : null,
        StartBefore = query.StartBefore is { } before ? _dialect.ToDbTime(before) : null,
        Sport = query.Sport?.ToId(),
        Limit = query.Limit ?? -1,
    };
}
