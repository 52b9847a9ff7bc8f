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

        WriteAheadLogCheck.Verify(full);

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
            throw new StoreOpenException(full, OpenFailure(full, error), error);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Why the store did not open: a folder that cannot be written (SQLite writes its -wal and -shm files beside the
    /// store, so a read-only disk or folder stops even reading) is named as such; otherwise SQLite's reason and what to do.
    /// </summary>
    private static string OpenFailure(string full, SqliteException error)
    {
        var primary = error.SqliteErrorCode & 0xFF;
        if (primary is 8 or 14 && Path.GetDirectoryName(full) is { } folder && !CanWrite(folder))
            return $"its folder {folder} is read-only (SQLite error {error.SqliteErrorCode}): the store needs to write its -wal and -shm files beside it; "
                + "check the folder's permissions and that the disk is not mounted read-only";
        return SqliteFaults.Reason(error);
    }

    private static bool CanWrite(string folder)
    {
        var probe = Path.Combine(folder, $".hybridcoach-write-probe-{Environment.ProcessId}");
        try
        {
            using (File.Create(probe, 1, FileOptions.DeleteOnClose)) { }
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
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
}
