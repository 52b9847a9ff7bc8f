using HybridCoach.Domain.Planning;

namespace HybridCoach.Application.Plans;

/// <summary>What `coach plan export` wrote: the variant, the .ics file and its event count, and the FIT workout files, and the days the call in force changed.</summary>
public sealed record PlanExport(long Version, PlanVariant Variant, string? IcsPath, int IcsEvents, string? FitDirectory, IReadOnlyList<string> FitFiles)
{
    /// <summary>Days whose exported session is not the planned one, because of the call in force on them.</summary>
    public IReadOnlyList<ExportedChange> ChangedByCall { get; init; } = [];
}

/// <summary>A day exported as the call in force allows it: the date, the call, the planned session's title and the exported one's.</summary>
public sealed record ExportedChange(DateOnly Date, string Call, string Planned, string Exported);
