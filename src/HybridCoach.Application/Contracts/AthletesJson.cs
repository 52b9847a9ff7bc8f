namespace HybridCoach.Application.Contracts;

/// <summary>`coach athletes --json`.</summary>
public sealed record AthletesJson(int Count, IReadOnlyList<AthleteEntryJson> Athletes);

/// <summary>One athlete in the data directory: the --athlete value, the profile name if set, and the activity count.</summary>
public sealed record AthleteEntryJson(string Athlete, bool Default, string? Name, int ActivityCount);
