using HybridCoach.Application.Stores;
using HybridCoach.Storage.Sqlite;

namespace HybridCoach.Hosting;

/// <summary>
/// Brings every athlete's store in a data directory to the current schema at once (the web app does it at start-up,
/// before the first request), so no request pays for a migration and a store that cannot be opened is known at start.
/// A store that fails is reported with its reason and the others carry on: one damaged file does not keep the other
/// athletes out. Opening a store checks its schema again, which is a no-op once this has run.
/// </summary>
public static class StoreMigrations
{
    public static StoreMigrationReport MigrateAll(string dataDirectory, TimeProvider clock)
    {
        var migrated = 0;
        var failed = new List<string>();
        foreach (var athlete in AthleteDatabases.List(dataDirectory).Where(a => File.Exists(a.DatabasePath)))
        {
            try
            {
                using (SharedSqliteConnection.Open(athlete.DatabasePath, clock)) migrated++;
            }
            catch (Exception error) when (error is StoreFaultException or IOException or UnauthorizedAccessException)
            {
                failed.Add($"{athlete.Slug}: {error.Message}");
            }
        }
        return new StoreMigrationReport(migrated, failed);
    }
}
