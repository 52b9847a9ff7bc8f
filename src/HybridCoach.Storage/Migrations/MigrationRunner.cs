using System.Data.Common;
using Dapper;

namespace HybridCoach.Storage.Migrations;

/// <summary>
/// Brings a database to the newest schema: every embedded migration above the recorded version runs in
/// its own transaction together with its schema_version row, so a failed migration leaves the previous
/// version intact. Running it again on an up-to-date database changes nothing, and two processes opening a new
/// store at once apply each migration once (the version is read again under the write lock).
/// </summary>
internal static class MigrationRunner
{
    private const string SelectVersion = "SELECT COALESCE(MAX(version), 0) FROM schema_version;";
    private const string InsertVersion =
        "INSERT INTO schema_version (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt);";

    public static int Apply(DbConnection connection, ISqlDialect dialect, TimeProvider clock)
    {
        connection.Execute(dialect.CreateSchemaVersionTable);
        var current = connection.ExecuteScalar<int>(SelectVersion);
        var newest = Migration.Embedded.Count == 0 ? 0 : Migration.Embedded[^1].Version;
        if (current > newest)
            throw new InvalidOperationException(
                $"the database schema is version {current}, newer than this HybridCoach knows ({newest}); update HybridCoach");

        foreach (var migration in Migration.Embedded.Where(m => m.Version > current))
        {
            // The write lock first (SQLite: BEGIN IMMEDIATE), then the version again inside it: a second process
            // opening a new store at the same moment waits, then finds the migration applied instead of running it twice.
            using var transaction = connection.BeginTransaction();
            current = connection.ExecuteScalar<int>(SelectVersion, transaction: transaction);
            if (current >= migration.Version)
            {
                transaction.Commit();
                continue;
            }
            connection.Execute(migration.Sql, transaction: transaction);
            connection.Execute(InsertVersion,
                new { migration.Version, migration.Name, AppliedAt = dialect.ToDbTime(clock.GetUtcNow()) },
                transaction);
            transaction.Commit();
            current = migration.Version;
        }
        return current;
    }
}
