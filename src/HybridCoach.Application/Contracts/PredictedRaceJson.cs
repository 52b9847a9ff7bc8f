namespace HybridCoach.Application.Contracts;

/// <summary>One predicted race time.</summary>
public sealed record PredictedRaceJson(string Distance, double DistanceM, string Method, double TimeS, double PaceSPerKm);
