namespace HybridCoach.Application.Contracts;

/// <summary>`coach activities --json`.</summary>
public sealed record ActivityListJson(int Count, IReadOnlyList<ActivityJson> Activities);
