namespace HybridCoach.Application.Contracts;

/// <summary>`coach race remove --json`: the id of the race removed.</summary>
public sealed record RaceRemovedJson(long Removed);
