using HybridCoach.Domain.Load;
using HybridCoach.Domain.Units;

namespace HybridCoach.Application.Metrics;

/// <summary>Physiology given for one command (e.g. `coach metrics --lthr 172`); null keeps the athlete profile's value.</summary>
public sealed record LoadProfileOverrides(
    HeartRate? RestingHeartRate = null,
    HeartRate? MaxHeartRate = null,
    HeartRate? LactateThresholdHeartRate = null,
    Pace? ThresholdPace = null,
    TrimpCoefficients? TrimpCoefficients = null)
{
    public static LoadProfileOverrides None { get; } = new();
}
