using System.Globalization;

namespace HybridCoach.Storage.Sqlite;

/// <summary>SQLite: times as fixed-width ISO 8601 UTC text (sorts in time order), WAL journal.</summary>
public sealed class SqliteDialect : ISqlDialect
{
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public static SqliteDialect Instance { get; } = new();

    public string Name => "sqlite";

    // WAL lets readers run beside the one writer; synchronous=NORMAL is the WAL setting the SQLite
    // docs recommend (https://www.sqlite.org/pragma.html#pragma_synchronous): a process crash or
    // kill never loses or corrupts a committed transaction. foreign_keys is off by default in SQLite.
    public string ConnectionSetup =>
        "PRAGMA busy_timeout = 5000; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;";

    public string LastInsertedId => "SELECT last_insert_rowid();";

    public string CreateSchemaVersionTable =>
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);";

    public object ToDbTime(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    public DateTimeOffset FromDbTime(object value) =>
        DateTimeOffset.ParseExact((string)value, TimeFormat, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
