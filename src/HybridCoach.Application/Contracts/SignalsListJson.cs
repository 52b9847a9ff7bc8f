namespace HybridCoach.Application.Contracts;

/// <summary>`coach signals list --json`.</summary>
public sealed record SignalsListJson(string From, string To, int Count, IReadOnlyList<RecoverySignalsJson> Days);
