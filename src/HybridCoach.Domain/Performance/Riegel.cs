using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Performance;

/// <summary>
/// Riegel's endurance equation: T2 = T1 · (D2/D1)^k.
/// Source: Riegel, "Athletic records and human endurance", <i>American Scientist</i> 69:285 (1981), k = 1.06;
/// science.md §2. Worked example (science.md §2): 5K in 20:00 → 10K in 2501.92 s.
/// </summary>
public static class Riegel
{
    public const string Id = "riegel";

    /// <summary>Riegel's fatigue exponent for running (1981).</summary>
    public const double DefaultExponent = 1.06;

    public static Duration PredictTime(Distance knownDistance, Duration knownTime, Distance targetDistance,
        double exponent = DefaultExponent)
    {
        PerformanceGuard.PositiveDistance(knownDistance, nameof(knownDistance));
        PerformanceGuard.PositiveDuration(knownTime, nameof(knownTime));
        PerformanceGuard.PositiveDistance(targetDistance, nameof(targetDistance));
        PerformanceGuard.PositiveNumber(exponent, nameof(exponent), "");
        return new Duration(knownTime.Seconds * Math.Pow(targetDistance.Meters / knownDistance.Meters, exponent));
    }
}
