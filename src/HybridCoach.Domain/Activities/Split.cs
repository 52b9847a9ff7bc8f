using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Activities;

/// <summary>
/// One per-kilometre or per-mile split, numbered from 1. The last split may be shorter than
/// <see cref="Length"/>; <see cref="Distance"/> says how far it went.
/// </summary>
public sealed record Split(
    int Number,
    DistanceUnit Length,
    Distance Distance,
    Duration Time,
    HeartRate? AverageHeartRate,
    double? ElevationGainM)
{
    public Pace? Pace => Speed.From(Distance, Time).ToPace();
}
