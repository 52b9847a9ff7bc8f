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
    IReadOnlyList<MicrocycleJson> Microcycles);
