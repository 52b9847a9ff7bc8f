namespace HybridCoach.Application.Accounts;

/// <summary>
/// The API tokens of the web app's accounts, kept only as the SHA-256 of each token, so a copy of the store opens no
/// one's data. An account may have several (one per script or device), each revoked on its own.
/// </summary>
public interface IApiTokenStore
{
    Task<long> AddTokenAsync(string accountId, string name, string tokenSha256, DateTimeOffset createdAtUtc, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ApiTokenInfo>> ListTokensAsync(string accountId, CancellationToken cancellationToken = default);

    /// <summary>Deletes the account's token <paramref name="id"/>; false when the account has no such token.</summary>
    Task<bool> RevokeTokenAsync(string accountId, long id, CancellationToken cancellationToken = default);

    /// <summary>The account whose token hashes to <paramref name="tokenSha256"/>, or null.</summary>
    Task<string?> FindAccountByTokenAsync(string tokenSha256, CancellationToken cancellationToken = default);
}
