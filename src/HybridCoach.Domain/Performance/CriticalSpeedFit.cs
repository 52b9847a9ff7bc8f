using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Performance;

/// <summary>
/// The result of <see cref="CriticalSpeed.Fit"/>: critical speed (slope), D′ (intercept) and how well the
/// straight line d = CS·t + D′ fits the efforts (R², 1 when there are only two).
/// </summary>
public sealed record CriticalSpeedFit(Speed CriticalSpeed, Distance DPrime, double RSquared,
    IReadOnlyList<TimedEffort> Efforts)
{
    public Pace CriticalPace => CriticalSpeed.ToPace()!.Value;

    /// <summary>
    /// The time the model gives for <paramref name="distance"/>: t = (d − D′)/CS, the distance–time line solved
    /// for t (science.md §10). Only meaningful inside the span of efforts the fit used.
    /// </summary>
    public Duration PredictTime(Distance distance)
    {
        if (distance <= DPrime)
            throw new ArgumentException(
                $"distance must be more than D′ ({DPrime.Meters:0.#} m) to have a critical-speed time (was {distance.Meters} m)",
                nameof(distance));
        return new Duration((distance.Meters - DPrime.Meters) / CriticalSpeed.MetersPerSecond);
    }
}
