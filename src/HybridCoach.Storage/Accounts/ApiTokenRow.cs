namespace HybridCoach.Storage.Accounts;

/// <summary>One row of <c>api_tokens</c> as listed (never its hash).</summary>
internal sealed class ApiTokenRow
{
    public long Id { get; init; }
    public string Name { get; init; } = "";
    public string CreatedAtUtc { get; init; } = "";
}
