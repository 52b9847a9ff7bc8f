using System.Security.Cryptography;
using System.Text;
using HybridCoach.Domain.Athletes;

namespace HybridCoach.Application.Accounts;

/// <summary>
/// Personal API tokens, for scripts and devices that call `/api` without a browser's sign-in: "hc_" and 32 random
/// bytes (256 bits, the operating system's CSPRNG) in base64url, shown once; only the SHA-256 is stored. Each has a
/// name saying what uses it, at most <see cref="MaxPerAccount"/> per account. A token of any other shape is refused
/// before the store is asked.
/// </summary>
public sealed class ApiTokens(IApiTokenStore store, TimeProvider clock)
{
    public const string Prefix = "hc_";
    public const int MaxPerAccount = 20;
    public const int MaxNameLength = 60;
    private const int TokenBytes = 32;

    /// <summary>A new token (shown once) named <paramref name="name"/>; the name is checked and named in the error.</summary>
    public async Task<(long Id, string Token)> CreateAsync(string accountId, string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountId);
        var trimmed = (name ?? "").Trim();
        if (trimmed.Length is 0 or > MaxNameLength) throw new InvalidFieldException("name", $"name '{trimmed}': expected 1 to {MaxNameLength} characters, e.g. \"my watch script\"");
        if ((await store.ListTokensAsync(accountId, cancellationToken)).Count >= MaxPerAccount)
            throw new InvalidFieldException("name", $"you already have {MaxPerAccount} tokens; revoke one you no longer use first");
        var token = Prefix + Base64Url(RandomNumberGenerator.GetBytes(TokenBytes));
        var id = await store.AddTokenAsync(accountId, trimmed, Hash(token), clock.GetUtcNow(), cancellationToken);
        return (id, token);
    }

    public Task<IReadOnlyList<ApiTokenInfo>> ListAsync(string accountId, CancellationToken cancellationToken = default) =>
        store.ListTokensAsync(accountId, cancellationToken);

    public Task<bool> RevokeAsync(string accountId, long id, CancellationToken cancellationToken = default) =>
        store.RevokeTokenAsync(accountId, id, cancellationToken);

    /// <summary>The account the token opens, or null for an unknown, revoked or malformed token.</summary>
    public async Task<string?> FindAccountAsync(string? token, CancellationToken cancellationToken = default) =>
        IsWellFormed(token) ? await store.FindAccountByTokenAsync(Hash(token!), cancellationToken) : null;

    private static bool IsWellFormed(string? token) =>
        token is { Length: 46 } && token.StartsWith(Prefix, StringComparison.Ordinal) && token[Prefix.Length..].All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
