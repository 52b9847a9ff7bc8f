namespace HybridCoach.Application.Contracts;

/// <summary>One heart-rate zone; the lower bound is inclusive, a null bound is open-ended.</summary>
public sealed record HeartRateZoneJson(string Id, string Name, double? LowerBpm, double? UpperBpm);
