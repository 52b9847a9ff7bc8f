namespace HybridCoach.Storage.Sqlite;

/// <summary>The parameters of the activity list and count queries (a named type, so Dapper.AOT can bind it at build time).</summary>
internal sealed class ActivityFilterRow
{
    public object? StartFrom { get; init; }
    public object? StartBefore { get; init; }
    public string? Sport { get; init; }
    public int Limit { get; init; }
}
