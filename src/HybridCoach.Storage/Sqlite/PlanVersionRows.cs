using Dapper;
using HybridCoach.Application.Plans;
using Microsoft.Data.Sqlite;

namespace HybridCoach.Storage.Sqlite;

/// <summary>Writes one plan version (its row and its variants) inside a caller's write transaction and returns the version number given.</summary>
internal static class PlanVersionRows
{
    public static async Task<long> InsertAsync(SqliteConnection connection, SqliteTransaction? transaction, StoredPlanVersion plan)
    {
        var version = await connection.ExecuteScalarAsync<long>(PlanSql.NextVersion, transaction: transaction);
        await connection.ExecuteAsync(PlanSql.InsertPlan, new PlanRow
        {
            Version = version,
            CreatedAtUtc = (string)SqliteDialect.Instance.ToDbTime(plan.CreatedAtUtc),
            ActiveVariant = plan.ActiveVariant,
            RequestJson = plan.RequestJson,
        }, transaction);
        foreach (var variant in plan.Variants)
        {
            await connection.ExecuteAsync(PlanSql.InsertVariant, new PlanVariantRow
            {
                PlanVersion = version, Variant = variant.Variant, PlanJson = variant.PlanJson, ViolationsJson = variant.ViolationsJson,
            }, transaction);
        }
        return version;
    }
}
