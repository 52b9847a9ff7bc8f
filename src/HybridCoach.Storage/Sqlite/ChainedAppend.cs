using Dapper;
using HybridCoach.Application.Decisions;
using Microsoft.Data.Sqlite;

namespace HybridCoach.Storage.Sqlite;

/// <summary>
/// Appends a row to a hash-chained audit table (decisions, narrations): in one write transaction, the id follows the
/// chain's head in <c>audit_head</c> (so a deleted newest id is never given again), the row is hashed onto the head's
/// hash, inserted, and becomes the new head.
/// </summary>
internal static class ChainedAppend
{
    private const string SelectHead = "SELECT last_id, last_hash FROM audit_head WHERE chain = @Chain;";

    private const string UpsertHead = """
        INSERT INTO audit_head (chain, last_id, last_hash) VALUES (@Chain, @LastId, @LastHash)
        ON CONFLICT (chain) DO UPDATE SET last_id = excluded.last_id, last_hash = excluded.last_hash;
        """;

    /// <summary>
    /// Appends <paramref name="row"/> to <paramref name="chain"/>; <paramref name="hash"/> gives its hash from the previous one and
    /// <paramref name="insert"/> writes it (a statement over the row's concrete type, so its parameters are bound without reflection).
    /// </summary>
    public static async Task<long> AppendAsync<TRow>(SqliteConnection connection, string chain, string maxIdSql, TRow row,
        Func<string, TRow, string> hash, Func<SqliteTransaction?, Task> insert) where TRow : IChainedRow
    {
        using var write = WriteTransaction.Begin(connection);
        var transaction = write.Transaction;
        var head = await connection.QuerySingleOrDefaultAsync<AuditHeadRow>(SelectHead, new { Chain = chain }, transaction);
        var largest = await connection.ExecuteScalarAsync<long>(maxIdSql, transaction: transaction);
        row.Id = Math.Max(head?.LastId ?? 0, largest) + 1;
        row.PrevHash = head?.LastHash ?? ChainHash.Genesis;
        row.RecordHash = hash(row.PrevHash, row);
        await insert(transaction);
        await connection.ExecuteAsync(UpsertHead, new { Chain = chain, LastId = row.Id, LastHash = row.RecordHash }, transaction);
        write.Commit();
        return row.Id;
    }

    /// <summary>The chain's head: the newest id and its hash; null before the first chained row.</summary>
    public static async Task<(long LastId, string LastHash)?> HeadAsync(SqliteConnection connection, string chain) =>
        await connection.QuerySingleOrDefaultAsync<AuditHeadRow>(SelectHead, new { Chain = chain }) is { } head ? (head.LastId, head.LastHash) : null;
}
