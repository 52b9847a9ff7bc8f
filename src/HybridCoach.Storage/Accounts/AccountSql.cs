namespace HybridCoach.Storage.Accounts;

/// <summary>The statements of the accounts database (its own file, <c>accounts.db</c>, beside the athletes' stores).</summary>
internal static class AccountSql
{
    /// <summary>The schema, made once (idempotent); e-mail and athlete are each unique.</summary>
    public const string Schema = """
        CREATE TABLE IF NOT EXISTS accounts (
            id TEXT PRIMARY KEY NOT NULL,
            email TEXT NOT NULL,
            normalized_email TEXT NOT NULL UNIQUE,
            password_hash TEXT NOT NULL,
            security_stamp TEXT NOT NULL,
            athlete TEXT NOT NULL UNIQUE,
            access_failed_count INTEGER NOT NULL DEFAULT 0,
            lockout_end_utc TEXT NULL,
            created_at_utc TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS calendar_feeds (
            account_id TEXT PRIMARY KEY NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            token_sha256 TEXT NOT NULL UNIQUE,
            created_at_utc TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS api_tokens (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            token_sha256 TEXT NOT NULL UNIQUE,
            created_at_utc TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS api_tokens_by_account ON api_tokens (account_id);
        """;

    private const string Columns = "id, email, normalized_email, password_hash, security_stamp, athlete, access_failed_count, lockout_end_utc, created_at_utc";

    public const string Insert = $"""
        INSERT INTO accounts ({Columns})
        VALUES (@Id, @Email, @NormalizedEmail, @PasswordHash, @SecurityStamp, @Athlete, @AccessFailedCount, @LockoutEndUtc, @CreatedAtUtc)
        ON CONFLICT DO NOTHING;
        """;

    public const string Update = """
        UPDATE accounts SET email = @Email, normalized_email = @NormalizedEmail, password_hash = @PasswordHash, security_stamp = @SecurityStamp,
            access_failed_count = @AccessFailedCount, lockout_end_utc = @LockoutEndUtc
        WHERE id = @Id;
        """;

    public const string ById = $"SELECT {Columns} FROM accounts WHERE id = @Id;";

    public const string ByNormalizedEmail = $"SELECT {Columns} FROM accounts WHERE normalized_email = @NormalizedEmail;";

    public const string SetFeed = """
        INSERT INTO calendar_feeds (account_id, token_sha256, created_at_utc) VALUES (@AccountId, @TokenSha256, @CreatedAtUtc)
        ON CONFLICT (account_id) DO UPDATE SET token_sha256 = excluded.token_sha256, created_at_utc = excluded.created_at_utc;
        """;

    public const string AthleteByFeed = """
        SELECT a.athlete FROM calendar_feeds f JOIN accounts a ON a.id = f.account_id WHERE f.token_sha256 = @TokenSha256;
        """;

    public const string FeedCreated = "SELECT created_at_utc FROM calendar_feeds WHERE account_id = @AccountId;";

    public const string Delete = "DELETE FROM accounts WHERE id = @Id;";

    public const string AddToken = """
        INSERT INTO api_tokens (account_id, name, token_sha256, created_at_utc) VALUES (@AccountId, @Name, @TokenSha256, @CreatedAtUtc)
        RETURNING id;
        """;

    public const string ListTokens = "SELECT id, name, created_at_utc AS CreatedAtUtc FROM api_tokens WHERE account_id = @AccountId ORDER BY id;";

    public const string RevokeToken = "DELETE FROM api_tokens WHERE account_id = @AccountId AND id = @Id;";

    public const string AccountByToken = "SELECT account_id FROM api_tokens WHERE token_sha256 = @TokenSha256;";
}
