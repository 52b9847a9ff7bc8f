using Dapper;
using HybridCoach.Application.Plans;

namespace HybridCoach.Storage.Sqlite;

/// <summary>The athlete's season plan versions in their SQLite file; a version and its variants are written in one transaction.</summary>
public sealed class SqlitePlanStore(string databasePath, TimeProvider? clock = null, SharedSqliteConnection? shared = null) : SqliteStore(databasePath, clock, shared), IPlanStore
{
    public Task<long> AddAsync(StoredPlanVersion plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return Locked(async () =>
        {
            await using var write = WriteTransaction.Begin(Connection);
            var transaction = write.Transaction;
            var version = await PlanVersionRows.InsertAsync(Connection, write.Transaction, plan);
            await write.CommitAsync(cancellationToken);
            return version;
        }, cancellationToken);
    }

    public Task<StoredPlanVersion?> GetLatestAsync(CancellationToken cancellationToken = default) => Locked(async () =>
        await Connection.ExecuteScalarAsync<long?>(PlanSql.SelectLatestVersion) is { } version ? await ReadAsync(version) : null,
        cancellationToken);

    public Task<StoredPlanVersion?> GetAsync(long version, CancellationToken cancellationToken = default) =>
        Locked(() => ReadAsync(version), cancellationToken);

    private async Task<StoredPlanVersion?> ReadAsync(long version)
    {
        var row = await Connection.QuerySingleOrDefaultAsync<PlanRow>(PlanSql.SelectPlan, new { version });
        if (row is null) return null;
        var variants = await Connection.QueryAsync<PlanVariantRow>(PlanSql.SelectVariants, new { version });
        return new StoredPlanVersion(row.Version, SqliteDialect.Instance.FromDbTime(row.CreatedAtUtc), row.ActiveVariant, row.RequestJson,
            [.. variants.Select(v => new StoredPlanVariant(v.Variant, v.PlanJson, v.ViolationsJson))]);
    }
}
