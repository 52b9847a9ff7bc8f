namespace HybridCoach.Storage.Sqlite;

/// <summary>Dapper row for plans (column names map with underscores).</summary>
internal sealed class PlanRow
{
    public long Version { get; set; }
    public string CreatedAtUtc { get; set; } = "";
    public string ActiveVariant { get; set; } = "";
    public string RequestJson { get; set; } = "";
}

/// <summary>Dapper row for plan_variants.</summary>
internal sealed class PlanVariantRow
{
    public long PlanVersion { get; set; }
    public string Variant { get; set; } = "";
    public string PlanJson { get; set; } = "";
    public string ViolationsJson { get; set; } = "";
}
