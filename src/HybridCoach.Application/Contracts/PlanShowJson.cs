using HybridCoach.Application.Plans;
namespace HybridCoach.Application.Contracts;

/// <summary>`coach plan show --json`: the version, the variant shown, units, goal race, runner type, feasibility and the microcycles (all, or --week's).</summary>
public sealed record PlanShowJson(
    long Version,
    string CreatedAtUtc,
    string Variant,
    string ActiveVariant,
    string Units,
    string RunnerType,
    PlanRaceJson GoalRace,
    FeasibilityJson Feasibility,
    int MicrocycleCount,
    IReadOnlyList<MicrocycleJson> Microcycles)
{
    /// <summary>The shown variant of <paramref name="set"/>, with the microcycles <paramref name="selected"/> (default: all).</summary>
    public static PlanShowJson From(Plans.PlanSet set, Plans.GeneratedPlan shown, IReadOnlyList<Domain.Planning.Microcycle>? selected = null)
    {
        var units = set.Request.Units;
        return new PlanShowJson(set.Version, set.CreatedAtUtc.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
            shown.Variant.ToId(), set.ActiveVariant.ToId(), units.ToString().ToLowerInvariant(), set.Request.RunnerType.ToId(),
            PlanRaceJson.From(set.Request.GoalRace), FeasibilityJson.From(shown.Plan.Feasibility), shown.Plan.Microcycles.Count,
            [.. (selected ?? shown.Plan.Microcycles).Select(m => MicrocycleJson.From(m, units))]);
    }
}
