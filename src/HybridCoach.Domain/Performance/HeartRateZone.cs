using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Performance;

/// <summary>
/// One heart-rate zone: from <see cref="Lower"/> (inclusive) to <see cref="Upper"/> (exclusive); null marks the
/// open end (zone 1 has no lower bound, the top zone no upper one).
/// </summary>
public sealed record HeartRateZone(string Id, string Name, double LowerFraction, double? UpperFraction,
    HeartRate? Lower, HeartRate? Upper)
{
    public bool Contains(HeartRate heartRate) =>
        (Lower is not { } lower || heartRate.BeatsPerMinute >= lower.BeatsPerMinute)
        && (Upper is not { } upper || heartRate.BeatsPerMinute < upper.BeatsPerMinute);

    /// <summary>e.g. "Z2 Aerobic: 144–152 bpm", "Z1 Recovery: below 144 bpm".</summary>
    public override string ToString()
    {
        var range = (Lower, Upper) switch
        {
            (null, { } upper) => $"below {upper.BeatsPerMinute:0} bpm",
            ({ } lower, null) => $"{lower.BeatsPerMinute:0} bpm and above",
            ({ } lower, { } upper) => $"{lower.BeatsPerMinute:0}–{upper.BeatsPerMinute:0} bpm",
            _ => "any heart rate",
        };
        return $"Z{Id} {Name}: {range}";
    }
}
