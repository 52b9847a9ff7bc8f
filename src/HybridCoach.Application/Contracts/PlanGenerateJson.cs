namespace HybridCoach.Application.Contracts;

/// <summary>
/// `coach plan generate --json`: the new version (null when held for the coach as <see cref="Proposal"/>), the
/// policy's route and rule (null for a first plan), what it was built from, the verdict, the three variants, the
/// active variant's first microcycle, what it carried from the plan it replaces (locked days, added races) or could not, and a
/// threshold-pace warning (null when the profile and the history agree).
/// </summary>
public sealed record PlanGenerateJson(
    long? Version,
    string? Route,
    string? Rule,
    string? Proposal,
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
    MicrocycleJson FirstMicrocycle,
    IReadOnlyList<string> CarriedDays,
    IReadOnlyList<string> NotCarried,
    IReadOnlyList<PlanRaceJson> CarriedRaces,
    ThresholdWarningJson? ThresholdWarning);
