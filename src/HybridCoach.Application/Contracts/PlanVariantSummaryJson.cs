using HybridCoach.Application.Plans;

namespace HybridCoach.Application.Contracts;

/// <summary>
/// One variant in `coach plan generate`: peak training microcycle distance, most quality sessions in a microcycle
/// before the taper, violations, and the hard truths (figures outside the published plans' envelope, with why).
/// </summary>
public sealed record PlanVariantSummaryJson(string Variant, bool Active, double PeakCycleDistanceM, int MaxQualitySessionsPerCycle,
    double? AcwrMax, int ViolationCount, IReadOnlyList<PlanViolationJson> Violations, IReadOnlyList<EnvelopeCheckJson> HardTruths)
{
    public static PlanVariantSummaryJson From(VariantComparison c) => new(c.Variant.ToId(), c.Active, c.PeakCycleDistanceM,
        c.TrainingQualitySessions, c.AcwrMax, c.Violations.Count, [.. c.Violations.Select(PlanViolationJson.From)],
        [.. c.HardTruths.Select(EnvelopeCheckJson.From)]);
}
