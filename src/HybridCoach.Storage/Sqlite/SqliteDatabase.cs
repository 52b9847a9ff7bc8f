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
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);

        var builder = new SqliteConnectionStringBuilder { DataSource = full, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            connection.Execute(SqliteDialect.Instance.ConnectionSetup);
            var version = MigrationRunner.Apply(connection, SqliteDialect.Instance, clock);
            return new SqliteDatabase(connection, full, version);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
