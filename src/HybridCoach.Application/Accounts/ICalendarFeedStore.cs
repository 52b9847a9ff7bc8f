namespace HybridCoach.Application.Accounts;

/// <summary>
/// The secret calendar-feed links of the web app's accounts: at most one per account, kept only as the SHA-256 of its
/// token, so a copy of the store does not give anyone's calendar away.
/// </summary>
public interface ICalendarFeedStore
{
    /// <summary>Makes <paramref name="tokenSha256"/> the account's one feed token, replacing (revoking) any earlier one.</summary>
    Task SetFeedAsync(string accountId, string tokenSha256, DateTimeOffset createdAtUtc, CancellationToken cancellationToken = default);

    /// <summary>The athlete whose feed token hashes to <paramref name="tokenSha256"/>, or null.</summary>
    Task<string?> FindAthleteByFeedAsync(string tokenSha256, CancellationToken cancellationToken = default);

    /// <summary>When the account's current feed link was made, or null when it has none.</summary>
    Task<DateTimeOffset?> FindFeedCreatedAsync(string accountId, CancellationToken cancellationToken = default);
}
