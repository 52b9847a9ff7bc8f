using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Planning.Envelope;

namespace HybridCoach.Application.Plans;

/// <summary>
/// One variant's figures for `coach plan compare`: peak training microcycle distance, quality (hard) sessions per
/// microcycle (and the most in one training microcycle — base, build, sharpen — where races do not count), the planned distance per microcycle, the projected ACWR per day and its maximum, the projected
/// chronic load per day and at the end, the validator's violations, and the hard truths: the figures outside the
/// published plans' envelope for the race and the runner's level, with why (<see cref="EnvelopeReview"/>).
/// </summary>
public sealed record VariantComparison(
    PlanVariant Variant,
    bool Active,
    double PeakCycleDistanceM,
    IReadOnlyList<int> QualitySessionsPerCycle,
    int TrainingQualitySessions,
    IReadOnlyList<DateOnly> CycleStarts,
    IReadOnlyList<double> CycleDistanceM,
    double? AcwrMax,
    IReadOnlyList<ProjectedDay> ProjectedDays,
    double FinalChronicLoad,
    IReadOnlyList<PlanViolation> Violations,
    IReadOnlyList<EnvelopeCheck> HardTruths)
{
    public static VariantComparison Of(GeneratedPlan generated, PlanRequest request, bool active)
    {
        ArgumentNullException.ThrowIfNull(generated);
        var plan = generated.Plan;
        var ratios = plan.Projection.Days.Where(d => d.Acwr is not null).Select(d => d.Acwr!.Value).ToList();
        return new VariantComparison(plan.Variant, active, plan.PeakCycleDistanceM, [.. plan.Microcycles.Select(m => m.HardSessions)],
            plan.Microcycles.Where(m => m.Phase is Phase.Base or Phase.Build or Phase.Sharpen)
                .Select(m => m.Days.Count(d => d.Hard && d.Type != SessionType.Race)).DefaultIfEmpty(0).Max(),
            [.. plan.Microcycles.Select(m => m.Start)], plan.Projection.CycleDistanceM, ratios.Count == 0 ? null : ratios.Max(), plan.Projection.Days,
            plan.Projection.Days.Count == 0 ? 0 : plan.Projection.Days[^1].ChronicLoad, generated.Violations,
            EnvelopeReview.HardTruths(plan, request));
    }
}
