namespace HybridCoach.Storage.Sqlite;

/// <summary>The parts of an activity written inside its one transaction, in order (a fault-injection point for tests).</summary>
internal enum ActivityWriteStep
{
    Summary,
    Laps,
    Splits,
    BestEfforts,
    Samples,
    /// <summary>Everything is written; the transaction is about to commit.</summary>
    Commit,
}
