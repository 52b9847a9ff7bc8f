using HybridCoach.Application.Stores;

namespace HybridCoach.Cli.Output;

/// <summary>A <see cref="StoreCheckReport"/> as snake_case JSON.</summary>
public static class StoreCheckJson
{
    public static object From(StoreCheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new
        {
            path = report.Path, exists = report.Exists, healthy = report.Healthy, open_error = report.OpenError, integrity_problems = report.IntegrityProblems,
            foreign_key_violations = report.ForeignKeyViolations, schema_version = report.SchemaVersion, rows_by_table = report.RowsByTable, recovery_steps = report.RecoverySteps,
        };
    }
}
