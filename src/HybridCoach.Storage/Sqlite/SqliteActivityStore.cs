using HybridCoach.Application.Activities;
using HybridCoach.Domain.Activities;
using Dapper;
using Microsoft.Data.Sqlite;

namespace HybridCoach.Storage.Sqlite;

/// <summary>
/// The embedded activity store: one SQLite file in WAL mode, migrated to the newest schema on open.
/// It holds one connection and serialises calls on it (SQLite has one writer at a time anyway).
/// Every <see cref="AddAsync"/> is its own transaction, so a failure, crash or kill mid-import loses at
/// most the activity being written and never leaves part of one behind.
/// </summary>
public sealed partial class SqliteActivityStore : IActivityStore, IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly ConnectionGate _gate;
    private readonly TimeProvider _clock;
    private readonly ISqlDialect _dialect = SqliteDialect.Instance;
    private readonly ActivityRowMapper _mapper;

    private SqliteActivityStore(SqliteConnection connection, TimeProvider clock, string databasePath, int schemaVersion)
    {
        _connection = connection;
        _gate = new ConnectionGate(databasePath);
        _clock = clock;
        _mapper = new ActivityRowMapper(_dialect);
        DatabasePath = databasePath;
        SchemaVersion = schemaVersion;
    }

    public string DatabasePath { get; }

    /// <summary>The schema version after the migrations ran.</summary>
    public int SchemaVersion { get; }

    /// <summary>Test hook (fault injection): called before each part of an activity is written, inside its transaction.</summary>
    internal Action<ActivityWriteStep, System.Data.Common.DbConnection>? BeforeWriteStep { get; set; }

    /// <summary>Opens (creating when absent) the database file and applies pending migrations.</summary>
    public static SqliteActivityStore Open(string databasePath, TimeProvider? clock = null)
    {
        clock ??= TimeProvider.System;
        var database = SqliteDatabase.Open(databasePath, clock);
        return new SqliteActivityStore(database.Connection, clock, database.FullPath, database.SchemaVersion);
    }

    public Task<long> AddAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return Locked(async () =>
        {
            await using var write = WriteTransaction.Begin(_connection);
            var transaction = write.Transaction;
            var writer = new ActivityWriter(_connection, transaction, _dialect, BeforeWriteStep);
            var id = await writer.InsertAsync(activity, _clock.GetUtcNow());
            await write.CommitAsync(cancellationToken);
            return id;
        }, cancellationToken);
    }

    public Task<Registration> AddIfNewAsync(Activity activity, TimeSpan window, Func<DuplicateCandidate, bool> isTwin, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(isTwin);
        return Locked(async () =>
        {
            // BEGIN IMMEDIATE (Microsoft.Data.Sqlite's default): the write lock is taken before the duplicate check, so
            // another process's insert cannot land between the check and this one.
            await using var write = WriteTransaction.Begin(_connection);
            var transaction = write.Transaction;
            if (await _connection.QuerySingleOrDefaultAsync<long?>(HashSql, new { Hash = activity.Source.ContentSha256 }, transaction) is { } same)
                return Registration.SameContent(same);
            var start = activity.Summary.StartTime;
            var near = await _connection.QueryAsync<CandidateRow>(NearSql, new { From = _dialect.ToDbTime(start - window), To = _dialect.ToDbTime(start + window) }, transaction);
            var twin = near.Select(r => new DuplicateCandidate(r.Id, _mapper.Utc(r.StartTimeUtc), new(r.DistanceM))).FirstOrDefault(isTwin);
            if (twin is not null) return Registration.SameStartAndDistance(twin.Id);
            var writer = new ActivityWriter(_connection, transaction, _dialect, BeforeWriteStep);
            var id = await writer.InsertAsync(activity, _clock.GetUtcNow());
            await write.CommitAsync(cancellationToken);
            return new Registration(true, id, null);
        }, cancellationToken);
    }

    public void Dispose()
    {
        _connection.Dispose();
        _gate.Dispose();
    }

    private Task<T> Locked<T>(Func<Task<T>> action, CancellationToken cancellationToken) => _gate.RunAsync(action, cancellationToken);
}
