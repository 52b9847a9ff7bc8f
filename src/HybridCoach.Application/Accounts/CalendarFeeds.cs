using System.Security.Cryptography;
using System.Text;

namespace HybridCoach.Application.Accounts;

/// <summary>
/// Secret links to an athlete's plan as an iCalendar feed, for calendar apps that cannot sign in. A token is 32 random
/// bytes (256 bits, from the operating system's CSPRNG) in base64url; only its SHA-256 is stored. Making a new link
/// revokes the old one. A token of any other shape is refused before the store is asked.
/// </summary>
public sealed class CalendarFeeds(ICalendarFeedStore store, TimeProvider clock)
{
    private const int TokenBytes = 32;

    /// <summary>A new token for the account (shown once; the store keeps its hash), replacing any earlier one.</summary>
    public async Task<string> CreateAsync(string accountId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountId);
        var token = Base64Url(RandomNumberGenerator.GetBytes(TokenBytes));
        await store.SetFeedAsync(accountId, Hash(token), clock.GetUtcNow(), cancellationToken);
        return token;
    }

    /// <summary>The athlete the token opens, or null for an unknown, revoked or malformed token.</summary>
    public async Task<string?> FindAthleteAsync(string? token, CancellationToken cancellationToken = default) =>
        IsWellFormed(token) ? await store.FindAthleteByFeedAsync(Hash(token!), cancellationToken) : null;

    public Task<DateTimeOffset?> CreatedAsync(string accountId, CancellationToken cancellationToken = default) =>
        store.FindFeedCreatedAsync(accountId, cancellationToken);

    private static bool IsWellFormed(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
