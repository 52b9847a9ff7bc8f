using HybridCoach.Application.Stores;
using Microsoft.Data.Sqlite;

namespace HybridCoach.Storage.Sqlite;

/// <summary>
/// SQLite's errors as store faults a person can act on: the reason in plain words, SQLite's code, and what to do.
/// Result codes from sqlite.org/rescode.html (primary code = extended code &amp; 0xFF).
/// </summary>
internal static class SqliteFaults
{
    /// <summary>
    /// The primary result codes that are about the file or the machine, not about the statement: SQLITE_BUSY (5),
    /// LOCKED (6), NOMEM (7), READONLY (8), IOERR (10), CORRUPT (11), FULL (13), CANTOPEN (14), NOTADB (26) and PERM (3).
    /// A constraint (19) or a syntax error is the program's business and stays what it is.
    /// </summary>
    public static bool IsStoreFault(SqliteException error) => (error.SqliteErrorCode & 0xFF) is 3 or 5 or 6 or 7 or 8 or 10 or 11 or 13 or 14 or 26;

    public static StoreFaultException Fault(string path, SqliteException error) => new(path, Reason(error), error);

    /// <summary>The reason in plain words, SQLite's code and what to do: "the disk is full (SQLite error 13): …".</summary>
    public static string Reason(SqliteException error)
    {
        var primary = error.SqliteErrorCode & 0xFF;
        var (reason, advice) = primary switch
        {
            13 => ("the disk is full", "nothing of the failed step was saved; free some space and run the command again"),            // SQLITE_FULL
            8 => ("the store is read-only", "check the file's permissions and that its folder is not on a read-only disk"),              // SQLITE_READONLY
            11 => ("the store is damaged (database disk image is malformed)", RecoveryAdvice),                                         // SQLITE_CORRUPT
            26 => ("the file is not a database", RecoveryAdvice),                                                                          // SQLITE_NOTADB
            10 => ("an input/output error while reading or writing the file", "check the disk; then run `coach check`"),               // SQLITE_IOERR
            5 or 6 => ("the store is locked by another process", "wait for the other `coach` to finish and run the command again"),    // SQLITE_BUSY, SQLITE_LOCKED
            14 => ("the file cannot be opened", "check that it exists and that its folder can be written"),                           // SQLITE_CANTOPEN
            _ => (Message(error), "run `coach check` to verify the store"),
        };
        return $"{reason} (SQLite error {error.SqliteErrorCode}): {advice}";
    }

    /// <summary>What to do about a damaged store: check it, and restore the last backup.</summary>
    public const string RecoveryAdvice = "run `coach check` for details, and restore the last backup (`coach backup` makes one)";

    /// <summary>SQLite's message without the library's prefix: "file is not a database".</summary>
    public static string Message(SqliteException error)
    {
        var message = error.Message;
        var quote = message.IndexOf('\'', StringComparison.Ordinal);
        return quote >= 0 && message.LastIndexOf('\'') > quote ? message[(quote + 1)..message.LastIndexOf('\'')].TrimEnd('.') : message;
    }
}
