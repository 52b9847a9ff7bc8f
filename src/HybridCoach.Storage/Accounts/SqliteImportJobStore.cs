using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Dapper;
using HybridCoach.Application.Contracts;
using HybridCoach.Application.Import;
using HybridCoach.Storage.Sqlite;

namespace HybridCoach.Storage.Accounts;

/// <summary>
/// The uploads kept in the server's database (<see cref="ServerDatabaseStore"/>, a connection of its own): a row per job
/// with the API's answer for it, so its page and report outlive a restart. Only its own athlete finds a job.
/// </summary>
public sealed class SqliteImportJobStore : ServerDatabaseStore, IImportJobStore
{
    private static readonly JsonTypeInfo<ImportJobJson> JobJsonInfo =
        (JsonTypeInfo<ImportJobJson>)ContractJson.Create(indented: false).GetTypeInfo(typeof(ImportJobJson));

    private SqliteImportJobStore(string databasePath) : base(databasePath, ImportJobSql.Schema)
    {
    }

    public static SqliteImportJobStore Open(string databasePath) => new(databasePath);

    public Task SaveAsync(StoredImportJob job, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        var row = ToRow(job);
        return Locked(async () => await Connection.ExecuteAsync(ImportJobSql.Upsert, row), cancellationToken);
    }

    public Task<StoredImportJob?> FindAsync(string id, string athlete, CancellationToken cancellationToken = default) =>
        Locked(async () => await Connection.QuerySingleOrDefaultAsync<ImportJobRow>(ImportJobSql.Find, new { Id = id, Athlete = athlete }) is { } row
            ? ToJob(row) : null, cancellationToken);

    public Task<int> StopUnfinishedAsync(string error, DateTimeOffset nowUtc, CancellationToken cancellationToken = default) =>
        Locked(async () =>
        {
            var stopped = 0;
            foreach (var row in await Connection.QueryAsync<ImportJobRow>(ImportJobSql.Unfinished))
            {
                var job = ToJob(row);
                await Connection.ExecuteAsync(ImportJobSql.Upsert, ToRow(job with
                {
                    Status = job.Status with { State = ImportJobState.Failed, Error = error },
                    FinishedUtc = nowUtc,
                }));
                stopped++;
            }
            return stopped;
        }, cancellationToken);

    public Task<int> ForgetEndedBeforeAsync(DateTimeOffset cutoffUtc, CancellationToken cancellationToken = default) =>
        Locked(() => Connection.ExecuteAsync(ImportJobSql.ForgetEnded, new { Cutoff = (string)SqliteDialect.Instance.ToDbTime(cutoffUtc) }), cancellationToken);

    private static ImportJobRow ToRow(StoredImportJob job) => new()
    {
        Id = job.Status.Id,
        Athlete = job.Athlete,
        State = job.Status.State.ToString().ToLowerInvariant(),
        CreatedAtUtc = (string)SqliteDialect.Instance.ToDbTime(job.CreatedUtc),
        FinishedAtUtc = job.FinishedUtc is { } finished ? (string)SqliteDialect.Instance.ToDbTime(finished) : null,
        JobJson = JsonSerializer.Serialize(ImportJobJson.From(job.Status), JobJsonInfo),
    };

    private static StoredImportJob ToJob(ImportJobRow row)
    {
        var json = JsonSerializer.Deserialize(row.JobJson, JobJsonInfo)
            ?? throw new InvalidDataException($"import job {row.Id}: its stored answer is empty");
        return new StoredImportJob(row.Athlete, json.ToStatus(), SqliteDialect.Instance.FromDbTime(row.CreatedAtUtc),
            row.FinishedAtUtc is { } finished ? SqliteDialect.Instance.FromDbTime(finished) : null);
    }
}
