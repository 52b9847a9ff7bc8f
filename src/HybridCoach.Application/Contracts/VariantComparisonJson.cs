using HybridCoach.Application.Plans;

namespace HybridCoach.Application.Contracts;

/// <summary>One variant in `coach plan compare --json`: the figures and curves a coach chooses between.</summary>
public sealed record VariantComparisonJson(
    string Variant,
    bool Active,
    double PeakCycleDistanceM,
    int MaxQualitySessionsPerCycle,
    IReadOnlyList<int> QualitySessionsPerCycle,
    IReadOnlyList<double> CycleDistanceM,
    double? AcwrMax,
    double FinalChronicLoad,
    IReadOnlyList<ProjectedDayJson> ProjectedDays,
    int ViolationCount,
    IReadOnlyList<PlanViolationJson> Violations)
{
    public static VariantComparisonJson From(VariantComparison c) => new(c.Variant.ToId(), c.Active, c.PeakCycleDistanceM,
        c.TrainingQualitySessions, c.QualitySessionsPerCycle, c.CycleDistanceM, c.AcwrMax, c.FinalChronicLoad,
        [.. c.ProjectedDays.Select(ProjectedDayJson.From)], c.Violations.Count, [.. c.Violations.Select(PlanViolationJson.From)]);
}
