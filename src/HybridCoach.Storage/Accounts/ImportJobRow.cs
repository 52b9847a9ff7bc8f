namespace HybridCoach.Storage.Accounts;

/// <summary>One row of <c>import_jobs</c>.</summary>
internal sealed class ImportJobRow
{
    public string Id { get; init; } = "";
    public string Athlete { get; init; } = "";
    public string State { get; init; } = "";
    public string CreatedAtUtc { get; init; } = "";
    public string? FinishedAtUtc { get; init; }
    public string JobJson { get; init; } = "";
}
