namespace HybridCoach.Application.Narration;

/// <summary>
/// How the week went against the plan (from the plan matcher): planned sessions (rest days excluded), done, partial,
/// missed, replaced; planned running distance; and the titles of the key (hard or long) sessions missed.
/// </summary>
public sealed record WeekPlanCompliance(int Planned, int Done, int Partial, int Missed, int Replaced, double PlannedDistanceM,
    IReadOnlyList<string> MissedKeySessions);
