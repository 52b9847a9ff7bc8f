using Dapper;
using HybridCoach.Storage.Migrations;
using Microsoft.Data.Sqlite;

namespace HybridCoach.Storage.Sqlite;

/// <summary>
/// Opens one SQLite database file for a store: creates the file and its folder when absent, applies the
/// connection settings (WAL, foreign keys) and every pending migration. Every store over the file opens it
/// this way, so they all see the same schema.
/// </summary>
internal sealed record SqliteDatabase(SqliteConnection Connection, string FullPath, int SchemaVersion)
{
    public static SqliteDatabase Open(string databasePath, TimeProvider clock)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        SqliteStartup.EnsureInitialised();
        var full = Path.GetFullPath(databasePath);
        var directory = Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(directory)) CreateFolder(full, directory);
        if (Directory.Exists(full)) throw new StoreOpenException(full, "is a folder, not a database file");
        // An existing empty file is a damaged store (a truncation, a failed copy), not a new one: SQLite would quietly
        // make it a fresh database and the history would look lost. Say so instead of recreating it — unless it was
        // made a moment ago (another process creating the store right now).
        if (File.Exists(full) && new FileInfo(full).Length == 0 && !File.Exists(full + "-wal")
            && File.GetLastWriteTimeUtc(full) < DateTime.UtcNow - FreshFileGrace)
            throw new StoreOpenException(full, "is empty (0 bytes), not a HybridCoach database; restore it from a backup, or remove it to start a new store");

        var builder = new SqliteConnectionStringBuilder { DataSource = full, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            connection.Execute(SqliteDialect.Instance.ConnectionSetup);
            var version = MigrationRunner.Apply(connection, SqliteDialect.Instance, clock);
            return new SqliteDatabase(connection, full, version);
        }
        catch (SqliteException error)
        {
            connection.Dispose();
            throw new StoreOpenException(full, $"{Reason(error)} (SQLite error {error.SqliteErrorCode})", error);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>An empty file younger than this may be a store another process is creating this moment.</summary>
    private static readonly TimeSpan FreshFileGrace = TimeSpan.FromSeconds(30);

    /// <summary>The folder of the database, made when absent; a file in the way or no permission is named.</summary>
    private static void CreateFolder(string full, string directory)
    {
        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (IOException error)
        {
            var blocking = Ancestors(directory).FirstOrDefault(File.Exists);
            throw new StoreOpenException(full, blocking is null ? $"cannot create its folder: {error.Message}" : $"{blocking} is a file, not a folder (check --data-dir)", error);
        }
        catch (UnauthorizedAccessException error)
        {
            throw new StoreOpenException(full, $"no permission to create its folder {directory}", error);
        }
    }

    private static IEnumerable<string> Ancestors(string directory)
    {
        for (var d = directory; !string.IsNullOrEmpty(d); d = Path.GetDirectoryName(d)) yield return d;
    }

    /// <summary>SQLite's message without the library's prefix: "file is not a database", "attempt to write a readonly database".</summary>
    private static string Reason(SqliteException error)
    {
        var message = error.Message;
        var quote = message.IndexOf('\'', StringComparison.Ordinal);
        return quote >= 0 && message.LastIndexOf('\'') > quote ? message[(quote + 1)..message.LastIndexOf('\'')].TrimEnd('.') : message;
    }
}
