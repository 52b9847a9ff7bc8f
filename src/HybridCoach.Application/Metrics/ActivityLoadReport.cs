using HybridCoach.Domain.Load;

namespace HybridCoach.Application.Metrics;

/// <summary>An activity's loads as `coach metrics` uses them, each with its formula and derivation (or why it is unavailable), and where the threshold pace came from.</summary>
public sealed record ActivityLoadReport(IReadOnlyList<MeasuredLoad> Loads, string ThresholdPaceSource);
