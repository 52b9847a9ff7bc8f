using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Load;

/// <summary>
/// An activity's grade-adjusted speeds over its moving time: the plain mean, and the normalised one
/// (rolling mean raised to a power, averaged, root taken) that weighs surges as the body feels them.
/// <see cref="HasAltitude"/> is false when no grade could be measured (the speeds are then ungraded).
/// </summary>
public sealed record GradedSpeed(Speed Average, Speed Normalised, Duration MovingTime, bool HasAltitude)
{
    public Pace? NormalisedPace => Normalised.ToPace();
}
