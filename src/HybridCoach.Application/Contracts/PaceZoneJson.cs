namespace HybridCoach.Application.Contracts;

/// <summary>One pace zone; the slowest bound is inclusive, a null bound is open-ended.</summary>
public sealed record PaceZoneJson(string Id, string Name, double? SlowestPaceSPerKm, double? FastestPaceSPerKm);
