using HybridCoach.Domain.Activities;

namespace HybridCoach.Application.Contracts;

public sealed record BestEffortJson(string Id, double DistanceM, double TimeS, double StartOffsetS, double? PaceSPerKm)
{
    public static BestEffortJson From(BestEffort effort) => new(
        effort.Id,
        effort.Distance.Meters,
        Math.Round(effort.Time.Seconds, 1),
        Math.Round(effort.StartOffset.Seconds, 1),
        effort.Pace is { } pace ? Math.Round(pace.SecondsPerKilometer, 1) : null);
}
