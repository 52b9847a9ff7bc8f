namespace HybridCoach.Application.Contracts;

/// <summary>`coach plan unlock --json`: the day (yyyy-mm-dd) whose session lock was removed.</summary>
public sealed record SessionUnlockedJson(string Unlocked);
