namespace HybridCoach.Storage.Sqlite;

/// <summary>A row of a hash-chained audit table: its id and the two hashes (<see cref="ChainedAppend"/>).</summary>
internal interface IChainedRow
{
    long Id { get; set; }
    string? PrevHash { get; set; }
    string? RecordHash { get; set; }
}
