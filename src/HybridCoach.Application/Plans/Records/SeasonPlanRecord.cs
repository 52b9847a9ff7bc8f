using HybridCoach.Domain.Planning;

namespace HybridCoach.Application.Plans.Records;

/// <summary>The stored form of one variant's <see cref="SeasonPlan"/> (the plan_variants table's plan_json).</summary>
public sealed record SeasonPlanRecord(
    VariantSettingsRecord Settings,
    IReadOnlyList<MicrocycleRecord> Microcycles,
    FeasibilityRecord Feasibility,
    IReadOnlyList<double> CycleDistanceM,
    IReadOnlyList<ProjectedDayRecord> ProjectedDays)
{
    public static SeasonPlanRecord From(SeasonPlan p) => new(VariantSettingsRecord.From(p.Settings), [.. p.Microcycles.Select(MicrocycleRecord.From)],
        FeasibilityRecord.From(p.Feasibility), [.. p.Projection.CycleDistanceM], [.. p.Projection.Days.Select(ProjectedDayRecord.From)]);

    public SeasonPlan ToPlan() => new(Settings.ToSettings(), [.. (Microcycles ?? []).Select(m => m.ToMicrocycle())], Feasibility.ToFeasibility(),
        new PlanProjection([.. CycleDistanceM ?? []], [.. (ProjectedDays ?? []).Select(d => d.ToDay())]));
}
