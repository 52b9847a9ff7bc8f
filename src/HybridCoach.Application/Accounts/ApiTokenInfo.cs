namespace HybridCoach.Application.Accounts;

/// <summary>One of an account's API tokens as the account sees it: its name and when it was made (never the token itself).</summary>
public sealed record ApiTokenInfo(long Id, string Name, DateTimeOffset CreatedAtUtc);
