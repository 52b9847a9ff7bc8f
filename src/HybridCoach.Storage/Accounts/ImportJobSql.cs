namespace HybridCoach.Storage.Accounts;

/// <summary>The statements of the uploads kept in the server's database (<see cref="SqliteImportJobStore"/>).</summary>
internal static class ImportJobSql
{
    /// <summary>One row per upload: whose, its state, when queued and ended, and the API's answer for it (its report).</summary>
    public const string Schema = """
        CREATE TABLE IF NOT EXISTS import_jobs (
            id TEXT PRIMARY KEY NOT NULL,
            athlete TEXT NOT NULL,
            state TEXT NOT NULL,
            created_at_utc TEXT NOT NULL,
            finished_at_utc TEXT,
            job_json TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS import_jobs_state ON import_jobs (state);
        """;

    public const string Upsert = """
        INSERT INTO import_jobs (id, athlete, state, created_at_utc, finished_at_utc, job_json)
        VALUES (@Id, @Athlete, @State, @CreatedAtUtc, @FinishedAtUtc, @JobJson)
        ON CONFLICT (id) DO UPDATE SET state = excluded.state, finished_at_utc = excluded.finished_at_utc, job_json = excluded.job_json;
        """;

    public const string Find = "SELECT * FROM import_jobs WHERE id = @Id AND athlete = @Athlete;";

    public const string Unfinished = "SELECT * FROM import_jobs WHERE state IN ('queued', 'running');";

    public const string ForgetEnded = "DELETE FROM import_jobs WHERE finished_at_utc IS NOT NULL AND finished_at_utc < @Cutoff;";
}
