using HybridCoach.Domain.Activities;

namespace HybridCoach.Application.Contracts;

public sealed record SplitJson(int Number, double DistanceM, double TimeS, double? PaceSPerKm, double? AvgHrBpm, double? ElevationGainM)
{
    public static SplitJson From(Split split) => new(
        split.Number,
        Math.Round(split.Distance.Meters, 2),
        Math.Round(split.Time.Seconds, 2),
        split.Pace is { } pace ? Math.Round(pace.SecondsPerKilometer, 1) : null,
        split.AverageHeartRate is { } hr ? Math.Round(hr.BeatsPerMinute, 1) : null,
        split.ElevationGainM is { } gain ? Math.Round(gain, 1) : null);
}
