namespace HybridCoach.Storage.Accounts;

/// <summary>One row of <c>accounts</c> (times as ISO 8601 UTC text).</summary>
internal sealed class AccountRow
{
    public string Id { get; set; } = "";
    public string Email { get; set; } = "";
    public string NormalizedEmail { get; set; } = "";
    public string PasswordHash { get; set; } = "";
    public string SecurityStamp { get; set; } = "";
    public string Athlete { get; set; } = "";
    public long AccessFailedCount { get; set; }
    public string? LockoutEndUtc { get; set; }
    public string CreatedAtUtc { get; set; } = "";
}
