namespace HybridCoach.Cli.Output;

/// <summary>`coach audit narrations --json`: how many records and each, newest first.</summary>
public sealed record NarrationListJson(int Count, IReadOnlyList<NarrationSummaryJson> Narrations);
