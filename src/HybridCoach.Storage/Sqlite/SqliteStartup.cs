using Dapper;

namespace HybridCoach.Storage.Sqlite;

/// <summary>Process-wide set-up, done once: the native SQLite provider and Dapper's column-name matching.</summary>
internal static class SqliteStartup
{
    private static readonly Lazy<bool> Initialised = new(() =>
    {
        // The bundle package ships e_sqlite3; Batteries_V2 registers it as Microsoft.Data.Sqlite's provider.
        SQLitePCL.Batteries_V2.Init();
        // Map snake_case columns (start_time_utc) to PascalCase properties (StartTimeUtc).
        DefaultTypeMap.MatchNamesWithUnderscores = true;
        return true;
    });

    public static void EnsureInitialised() => _ = Initialised.Value;
}
