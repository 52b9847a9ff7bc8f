namespace HybridCoach.Domain.Planning;

/// <summary>
/// A generated plan for one variant: the settings it was built with, its microcycles (phases in order, each
/// day prescribed), the feasibility verdict and the projected curves.
/// </summary>
public sealed record SeasonPlan(
    VariantSettings Settings,
    IReadOnlyList<Microcycle> Microcycles,
    Feasibility Feasibility,
    PlanProjection Projection)
{
    public PlanVariant Variant => Settings.Variant;
    public DateOnly Start => Microcycles[0].Start;
    public DateOnly End => Microcycles[^1].End;
    public IEnumerable<PlannedSession> Sessions => Microcycles.SelectMany(m => m.Days);
    /// <summary>The training peak: the largest microcycle of base, build and sharpen (the race week's total includes the race itself).</summary>
    public double PeakCycleDistanceM => Microcycles.Where(m => m.Phase is Phase.Base or Phase.Build or Phase.Sharpen)
        .Select(m => m.PlannedDistanceM).DefaultIfEmpty(0).Max();
}
