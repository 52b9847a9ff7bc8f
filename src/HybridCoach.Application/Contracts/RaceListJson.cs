namespace HybridCoach.Application.Contracts;

/// <summary>`coach race list --json`: by date.</summary>
public sealed record RaceListJson(int Count, IReadOnlyList<RaceJson> Races);
