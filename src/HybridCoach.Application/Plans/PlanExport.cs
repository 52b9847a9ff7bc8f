using HybridCoach.Domain.Planning;

namespace HybridCoach.Application.Plans;

/// <summary>What `coach plan export` wrote: the variant, the .ics file and its event count, and the FIT workout files.</summary>
public sealed record PlanExport(long Version, PlanVariant Variant, string? IcsPath, int IcsEvents, string? FitDirectory, IReadOnlyList<string> FitFiles);
