using HybridCoach.Domain.Planning;
using HybridCoach.Formats.Fit.Writing;

namespace HybridCoach.Application.Plans;

/// <summary>
/// What a plan export made: the version and variant, the calendar's event count (null when no calendar was asked for),
/// the FIT workouts (none when not asked for), and the days the call in force changed.
/// </summary>
public sealed record PlanExport(long Version, PlanVariant Variant, int? CalendarEvents, IReadOnlyList<FitWorkoutFile> Workouts)
{
    /// <summary>Days whose exported session is not the planned one, because of the call in force on them.</summary>
    public IReadOnlyList<ExportedChange> ChangedByCall { get; init; } = [];
}

/// <summary>A day exported as the call in force allows it: the date, the call, the planned session's title and the exported one's.</summary>
public sealed record ExportedChange(DateOnly Date, string Call, string Planned, string Exported);
