using static HybridCoach.Domain.Planning.Invariants.PlanMeasures;

namespace HybridCoach.Domain.Planning.Invariants;

/// <summary>
/// <c>acwr_ceiling</c>: on every projected day with a value, the rolling coupled ACWR stays at or under the
/// variant's ceiling (1.3 by default: the top of Gabbett's 0.8–1.3 "sweet spot", Gabbett 2016, BJSM 50:273).
/// Days whose 7-day acute window holds a race (<see cref="RaceLoadWindow"/>) are exempt: a race is a deliberate
/// one-day spike that no plan can keep under the ceiling, and the ceiling governs training load. A NaN or
/// infinite ratio is reported on every day: the projection must be computable.
/// </summary>
public sealed class AcwrCeilingInvariant : IPlanInvariant
{
    /// <summary>Ratios are shown to two decimals; half of the last digit keeps a displayed 1.30 legal.</summary>
    public const double Tolerance = 0.005;

    public string Id => "acwr_ceiling";

    public IEnumerable<PlanViolation> Check(SeasonPlan plan, PlanRequest request)
    {
        var ceiling = plan.Settings.AcwrCeiling;
        var races = RaceLoadWindow.All(request);
        foreach (var day in plan.Projection.Days.OrderBy(d => d.Date))
        {
            if (day.Acwr is not { } acwr) continue;
            var index = CycleOn(plan, day.Date)?.Index;
            if (!double.IsFinite(acwr))
                yield return new PlanViolation(Id, index, day.Date, $"{Day(day.Date)}: projected ACWR is {acwr}, not a number");
            else if (acwr > ceiling + Tolerance && !RaceLoadWindow.Contains(races, day.Date))
                yield return new PlanViolation(Id, index, day.Date,
                    $"{Day(day.Date)}: projected ACWR {acwr:0.00} is above the {plan.Variant.ToString().ToLowerInvariant()} ceiling {ceiling:0.00}");
        }
    }
}
