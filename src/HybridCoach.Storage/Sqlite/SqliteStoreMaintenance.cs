using Dapper;
using HybridCoach.Application.Stores;
using Microsoft.Data.Sqlite;

namespace HybridCoach.Storage.Sqlite;

/// <summary>
/// Checks and backs up a SQLite store file. The check opens the file read-only and never migrates or creates it:
/// <c>PRAGMA integrity_check</c> (the whole file: b-trees, indexes, free list; sqlite.org/pragma.html#pragma_integrity_check),
/// <c>PRAGMA foreign_key_check</c>, the schema version and the rows in each table. The backup uses SQLite's online
/// backup API (sqlite.org/backup.html): a consistent copy even while another process writes.
/// </summary>
public sealed class SqliteStoreMaintenance(string storePath) : IStoreMaintenance
{
    /// <summary>At most this many integrity problems are listed; SQLite stops there too.</summary>
    private const int MaxProblems = 20;

    public string StorePath { get; } = Path.GetFullPath(storePath);

    public Task<StoreCheckReport> CheckAsync(string? path = null, CancellationToken cancellationToken = default)
    {
        var full = Path.GetFullPath(path ?? StorePath);
        if (!File.Exists(full)) return Task.FromResult(new StoreCheckReport(full, false, null, [], 0, null, new Dictionary<string, long>()));
        if (new FileInfo(full).Length == 0) return Task.FromResult(Failed(full, "the file is empty (0 bytes)"));
        SqliteStartup.EnsureInitialised();
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            connection.Open();
            var problems = connection.Query<string>($"PRAGMA integrity_check({MaxProblems});").Where(p => p != "ok").ToList();
            var foreignKeys = connection.Query("PRAGMA foreign_key_check;").Count();
            var tables = connection.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name;").AsList();
            var rows = tables.ToDictionary(t => t, t => connection.ExecuteScalar<long>($"SELECT COUNT(*) FROM \"{t.Replace("\"", "\"\"", StringComparison.Ordinal)}\";"));
            int? version = tables.Contains("schema_version") ? connection.ExecuteScalar<int>("SELECT COALESCE(MAX(version), 0) FROM schema_version;") : null;
            return Task.FromResult(new StoreCheckReport(full, true, null, problems, foreignKeys, version, rows));
        }
        catch (SqliteException error)
        {
            return Task.FromResult(Failed(full, $"{SqliteFaults.Message(error)} (SQLite error {error.SqliteErrorCode})"));
        }
    }

    public Task BackupAsync(string targetPath, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(targetPath);
        SqliteStartup.EnsureInitialised();
        try
        {
            using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = StorePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = targetPath, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
            source.Open();
            target.Open();
            source.BackupDatabase(target);
            // The copy is a plain single file: back to the rollback journal, so it needs no -wal beside it.
            target.Execute("PRAGMA journal_mode = DELETE;");
        }
        catch (SqliteException error)
        {
            throw SqliteFaults.Fault(StorePath, error);
        }
        return Task.CompletedTask;
    }

    private static StoreCheckReport Failed(string path, string reason) => new(path, true, reason, [], 0, null, new Dictionary<string, long>());
}
