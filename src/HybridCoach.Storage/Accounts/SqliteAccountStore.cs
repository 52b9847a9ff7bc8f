using Dapper;
using HybridCoach.Application.Accounts;
using HybridCoach.Storage.Sqlite;

namespace HybridCoach.Storage.Accounts;

/// <summary>
/// The web app's accounts, calendar feeds and API tokens in the server's own SQLite file (<see cref="ServerDatabaseStore"/>).
/// Uniqueness of e-mail and athlete is the table's: two sign-ups racing for one e-mail leave one account.
/// </summary>
public sealed class SqliteAccountStore : ServerDatabaseStore, IAccountStore, ICalendarFeedStore, IApiTokenStore
{
    private SqliteAccountStore(string databasePath) : base(databasePath, AccountSql.Schema)
    {
    }

    public static SqliteAccountStore Open(string databasePath) => new(databasePath);

    public Task<bool> AddAsync(Account account, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        var row = ToRow(account);
        return Locked(async () => await Connection.ExecuteAsync(AccountSql.Insert, row) == 1, cancellationToken);
    }

    public Task<bool> UpdateAsync(Account account, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        var row = ToRow(account);
        return Locked(async () => await Connection.ExecuteAsync(AccountSql.Update, row) == 1, cancellationToken);
    }

    public Task<Account?> FindByIdAsync(string id, CancellationToken cancellationToken = default) =>
        Locked(async () => ToAccount(await Connection.QuerySingleOrDefaultAsync<AccountRow>(AccountSql.ById, new { Id = id })), cancellationToken);

    public Task<Account?> FindByNormalizedEmailAsync(string normalizedEmail, CancellationToken cancellationToken = default) =>
        Locked(async () => ToAccount(await Connection.QuerySingleOrDefaultAsync<AccountRow>(AccountSql.ByNormalizedEmail,
            new { NormalizedEmail = normalizedEmail })), cancellationToken);

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default) =>
        Locked(async () => await Connection.ExecuteAsync(AccountSql.Delete, new { Id = id }) == 1, cancellationToken);

    public Task SetFeedAsync(string accountId, string tokenSha256, DateTimeOffset createdAtUtc, CancellationToken cancellationToken = default)
    {
        var row = new { AccountId = accountId, TokenSha256 = tokenSha256, CreatedAtUtc = (string)SqliteDialect.Instance.ToDbTime(createdAtUtc) };
        return Locked(async () => await Connection.ExecuteAsync(AccountSql.SetFeed, row), cancellationToken);
    }

    public Task<string?> FindAthleteByFeedAsync(string tokenSha256, CancellationToken cancellationToken = default) =>
        Locked(async () => await Connection.QuerySingleOrDefaultAsync<string>(AccountSql.AthleteByFeed, new { TokenSha256 = tokenSha256 }), cancellationToken);

    public Task<DateTimeOffset?> FindFeedCreatedAsync(string accountId, CancellationToken cancellationToken = default) =>
        Locked(async () => await Connection.QuerySingleOrDefaultAsync<string>(AccountSql.FeedCreated, new { AccountId = accountId }) is { } text
            ? SqliteDialect.Instance.FromDbTime(text) : (DateTimeOffset?)null, cancellationToken);

    public Task<long> AddTokenAsync(string accountId, string name, string tokenSha256, DateTimeOffset createdAtUtc, CancellationToken cancellationToken = default) =>
        Locked(() => Connection.ExecuteScalarAsync<long>(AccountSql.AddToken,
            new { AccountId = accountId, Name = name, TokenSha256 = tokenSha256, CreatedAtUtc = (string)SqliteDialect.Instance.ToDbTime(createdAtUtc) }), cancellationToken);

    public Task<IReadOnlyList<ApiTokenInfo>> ListTokensAsync(string accountId, CancellationToken cancellationToken = default) =>
        Locked(async () => (IReadOnlyList<ApiTokenInfo>)[.. (await Connection.QueryAsync<ApiTokenRow>(AccountSql.ListTokens, new { AccountId = accountId }))
            .Select(r => new ApiTokenInfo(r.Id, r.Name, SqliteDialect.Instance.FromDbTime(r.CreatedAtUtc)))], cancellationToken);

    public Task<bool> RevokeTokenAsync(string accountId, long id, CancellationToken cancellationToken = default) =>
        Locked(async () => await Connection.ExecuteAsync(AccountSql.RevokeToken, new { AccountId = accountId, Id = id }) == 1, cancellationToken);

    public Task<string?> FindAccountByTokenAsync(string tokenSha256, CancellationToken cancellationToken = default) =>
        Locked(() => Connection.QuerySingleOrDefaultAsync<string>(AccountSql.AccountByToken, new { TokenSha256 = tokenSha256 }), cancellationToken);

    private static AccountRow ToRow(Account a) => new()
    {
        Id = a.Id, Email = a.Email, NormalizedEmail = a.NormalizedEmail, PasswordHash = a.PasswordHash, SecurityStamp = a.SecurityStamp,
        Athlete = a.Athlete, AccessFailedCount = a.AccessFailedCount,
        LockoutEndUtc = a.LockoutEndUtc is { } end ? (string)SqliteDialect.Instance.ToDbTime(end) : null,
        CreatedAtUtc = (string)SqliteDialect.Instance.ToDbTime(a.CreatedAtUtc),
    };

    private static Account? ToAccount(AccountRow? r) => r is null ? null : new Account(r.Id, r.Email, r.NormalizedEmail, r.PasswordHash, r.SecurityStamp,
        r.Athlete, (int)r.AccessFailedCount, r.LockoutEndUtc is null ? null : SqliteDialect.Instance.FromDbTime(r.LockoutEndUtc),
        SqliteDialect.Instance.FromDbTime(r.CreatedAtUtc));
}
