using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Load;

/// <summary>
/// The athlete's physiology the load formulas need, as known on the as-of date. Each value is optional:
/// a measure that needs a missing value is simply unavailable.
/// </summary>
public sealed record LoadProfile(
    HeartRate? RestingHeartRate,
    HeartRate? MaxHeartRate,
    HeartRate? LactateThresholdHeartRate,
    Pace? ThresholdPace,
    TrimpCoefficients TrimpCoefficients)
{
    public static LoadProfile Empty { get; } = new(null, null, null, null, TrimpCoefficients.Men);
}
