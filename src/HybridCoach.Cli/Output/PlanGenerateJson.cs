namespace HybridCoach.Cli.Output;

/// <summary>`coach plan generate --json`: the new version, what it was built from, the verdict, the three variants and the active variant's first microcycle.</summary>
public sealed record PlanGenerateJson(
    long Version,
    string ActiveVariant,
    string Start,
    int CycleDays,
    string RunnerType,
    string Units,
    PlanRaceJson GoalRace,
    IReadOnlyList<PlanRaceJson> OtherRaces,
    PlanFitnessJson Fitness,
    FeasibilityJson Feasibility,
    IReadOnlyList<PlanVariantSummaryJson> Variants,
    MicrocycleJson FirstMicrocycle);
