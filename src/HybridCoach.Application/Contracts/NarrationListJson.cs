namespace HybridCoach.Application.Contracts;

/// <summary>`coach audit narrations --json`: how many records and each, newest first.</summary>
public sealed record NarrationListJson(int Count, IReadOnlyList<NarrationSummaryJson> Narrations);
