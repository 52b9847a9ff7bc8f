using System.Globalization;
using HybridCoach.Application.Coaching;

namespace HybridCoach.Application.Contracts;

/// <summary>One plan version: number, UTC time, active variant, source (generate, adjustment a5, checkin, proposal p2, restore), summary, who decided, days changed, violations.</summary>
public sealed record PlanVersionJson(long Version, string CreatedAtUtc, string ActiveVariant, string Source, string Summary, string? DecidedBy,
    int? ChangedDays, int ViolationCount)
{
    public static PlanVersionJson From(PlanVersionSummary v) => new(v.Version,
        v.CreatedAtUtc.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture), v.ActiveVariant, v.Source, v.Summary, v.DecidedBy,
        v.ChangedDays, v.ViolationCount);
}
