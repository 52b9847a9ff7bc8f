using HybridCoach.Application.Stores;

namespace HybridCoach.Application.Contracts;

/// <summary>A <see cref="StoreCheckReport"/> as snake_case JSON.</summary>
public sealed record StoreCheckJson(string Path, bool Exists, bool Healthy, string? OpenError, IReadOnlyList<string> IntegrityProblems, int ForeignKeyViolations,
    int? SchemaVersion, IReadOnlyDictionary<string, long> RowsByTable, IReadOnlyList<string> RecoverySteps)
{
    public static StoreCheckJson From(StoreCheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(report.Path, report.Exists, report.Healthy, report.OpenError, report.IntegrityProblems, report.ForeignKeyViolations, report.SchemaVersion,
            report.RowsByTable, report.RecoverySteps);
    }
}
