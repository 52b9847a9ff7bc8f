using Dapper;
using HybridCoach.Application.Metrics;
using HybridCoach.Domain.Load;
using Microsoft.Data.Sqlite;

namespace HybridCoach.Storage.Sqlite;

/// <summary>
/// Per-activity loads in the activity_loads table of the athlete's SQLite file (its own connection; WAL lets
/// it sit beside the other stores'). Rows go when their activity is deleted (ON DELETE CASCADE) and when its
/// RPE or sport changes (the athlete and activity stores delete them in the same statement batch).
/// </summary>
public sealed class SqliteActivityLoadStore : IActivityLoadStore, IDisposable
{
    // Up to this many ids go into one IN list (SQLite's default limit on parameters is 999 in older builds);
    // more ids read every row of the key and filter here, which is one indexed range scan anyway.
    private const int MaxIdsInQuery = 500;

    private const string Columns = "inputs_key, activity_id, measure, value, formula_id, derivation, unavailable_reason";
    // The key is known: not read back once per row.
    private const string ReadColumns = "activity_id, measure, value, formula_id, derivation, unavailable_reason";
    private const string SelectByKey = "SELECT " + ReadColumns + " FROM activity_loads WHERE inputs_key = @InputsKey;";
    private const string SelectByIds = "SELECT " + ReadColumns + " FROM activity_loads WHERE inputs_key = @InputsKey AND activity_id IN @Ids;";
    private const string DeleteActivity = "DELETE FROM activity_loads WHERE inputs_key = @InputsKey AND activity_id = @ActivityId;";
    private const string Insert = "INSERT INTO activity_loads (" + Columns + ") VALUES " +
        "(@InputsKey, @ActivityId, @Measure, @Value, @FormulaId, @Derivation, @UnavailableReason);";

    /// <summary>Drops every stored load of one activity: run when the activity's own inputs change.</summary>
    internal const string DeleteForActivity = "DELETE FROM activity_loads WHERE activity_id = @activityId;";

    private readonly SqliteConnection _connection;
    private readonly ConnectionGate _gate;

    private SqliteActivityLoadStore(SqliteConnection connection)
    {
        _connection = connection;
        _gate = new ConnectionGate(connection.DataSource);
    }

    /// <summary>Opens (creating when absent) the database file and applies pending migrations.</summary>
    public static SqliteActivityLoadStore Open(string databasePath, TimeProvider? clock = null) =>
        new(SqliteDatabase.Open(databasePath, clock ?? TimeProvider.System).Connection);

    public Task<IReadOnlyDictionary<long, IReadOnlyList<MeasuredLoad>>> GetAsync(
        IReadOnlyCollection<long> activityIds, string inputsKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activityIds);
        ArgumentNullException.ThrowIfNull(inputsKey);
        return _gate.RunAsync(async () =>
        {
            var rows = activityIds.Count <= MaxIdsInQuery
                ? await _connection.QueryAsync<ActivityLoadRow>(SelectByIds, new { InputsKey = inputsKey, Ids = activityIds.ToArray() })
                : await _connection.QueryAsync<ActivityLoadRow>(SelectByKey, new { InputsKey = inputsKey });
            var wanted = activityIds as IReadOnlySet<long> ?? activityIds.ToHashSet();
            var loads = new Dictionary<long, IReadOnlyList<MeasuredLoad>>();
            foreach (var row in rows)
            {
                if (!wanted.Contains(row.ActivityId)) continue;
                if (!loads.TryGetValue(row.ActivityId, out var list)) loads[row.ActivityId] = list = new List<MeasuredLoad>(5);
                ((List<MeasuredLoad>)list).Add(row.ToMeasuredLoad());
            }
            foreach (var list in loads.Values) ((List<MeasuredLoad>)list).Sort((a, b) => a.Measure.CompareTo(b.Measure));
            return (IReadOnlyDictionary<long, IReadOnlyList<MeasuredLoad>>)loads;
        }, cancellationToken);
    }

    public Task PutAsync(string inputsKey, IReadOnlyDictionary<long, IReadOnlyList<MeasuredLoad>> loads,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(inputsKey);
        ArgumentNullException.ThrowIfNull(loads);
        return _gate.RunAsync(async () =>
        {
            await using var write = WriteTransaction.Begin(_connection);
            var transaction = write.Transaction;
            foreach (var (activityId, measured) in loads)
            {
                await _connection.ExecuteAsync(DeleteActivity, new { InputsKey = inputsKey, ActivityId = activityId }, transaction);
                await _connection.ExecuteAsync(Insert, measured.Select(m => ActivityLoadRow.From(inputsKey, activityId, m)), transaction);
            }
            await write.CommitAsync(cancellationToken);
            return true;
        }, cancellationToken);
    }

    public void Dispose()
    {
        _connection.Dispose();
        _gate.Dispose();
    }
}
