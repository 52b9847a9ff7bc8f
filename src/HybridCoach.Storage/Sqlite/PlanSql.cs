namespace HybridCoach.Storage.Sqlite;

/// <summary>The SQL of the plan store (SQLite dialect).</summary>
internal static class PlanSql
{
    public const string NextVersion = "SELECT COALESCE(MAX(version), 0) + 1 FROM plans;";

    public const string InsertPlan = """
        INSERT INTO plans (version, created_at_utc, active_variant, request_json)
        VALUES (@Version, @CreatedAtUtc, @ActiveVariant, @RequestJson);
        """;

    public const string InsertVariant = """
        INSERT INTO plan_variants (plan_version, variant, plan_json, violations_json)
        VALUES (@PlanVersion, @Variant, @PlanJson, @ViolationsJson);
        """;

    public const string SelectLatestVersion = "SELECT MAX(version) FROM plans;";

    public const string SelectPlan =
        "SELECT version, created_at_utc, active_variant, request_json FROM plans WHERE version = @version;";

    public const string SelectVariants =
        "SELECT plan_version, variant, plan_json, violations_json FROM plan_variants WHERE plan_version = @version ORDER BY rowid;";
}
