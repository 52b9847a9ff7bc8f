namespace HybridCoach.Domain.Planning;

/// <summary>One microcycle's volume target: recovery or not, running metres per day, long-run target, training ordinal.</summary>
public sealed record CycleTarget(bool Recovery, double DailyM, double LongM, int Ordinal);
