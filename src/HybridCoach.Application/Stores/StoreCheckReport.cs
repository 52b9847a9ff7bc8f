namespace HybridCoach.Application.Stores;

/// <summary>
/// What `coach check` found: the file; whether it exists; the reason it could not be read (null when it could);
/// the integrity problems SQLite reported (empty when "ok"); foreign-key violations; the schema version; the rows in
/// each table.
/// </summary>
public sealed record StoreCheckReport(string Path, bool Exists, string? OpenError, IReadOnlyList<string> IntegrityProblems, int ForeignKeyViolations,
    int? SchemaVersion, IReadOnlyDictionary<string, long> RowsByTable)
{
    public bool Healthy => Exists && OpenError is null && IntegrityProblems.Count == 0 && ForeignKeyViolations == 0;

    /// <summary>
    /// How to get back to a sound store, for a store that is not healthy: keep the damaged file, put the last backup in
    /// its place, check again — or, without a backup, salvage what can be read with SQLite's own recovery
    /// (sqlite.org/recovery.html).
    /// </summary>
    public IReadOnlyList<string> RecoverySteps => Healthy || !Exists ? [] :
    [
        $"Stop every `coach` using it, then move {Path} (and any {Path}-wal and {Path}-shm beside it) to a safe place: do not delete it.",
        $"Copy your last backup (made by `coach backup FILE`) to {Path}, then run `coach check` again.",
        $"Without a backup: `sqlite3 DAMAGED.db .recover | sqlite3 {Path}` salvages the rows SQLite can still read (sqlite.org/recovery.html); then run `coach check` and `coach audit verify`.",
    ];
}
