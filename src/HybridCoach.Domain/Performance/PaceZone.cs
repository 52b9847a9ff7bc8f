using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Performance;

/// <summary>
/// One pace zone: speeds from <see cref="LowerFraction"/> (inclusive) up to <see cref="UpperFraction"/> (exclusive)
/// of threshold speed. In pace terms <see cref="SlowestPace"/> is inclusive and <see cref="FastestPace"/> exclusive;
/// null marks the open end (zone 1 has no slowest pace, the top zone no fastest).
/// </summary>
public sealed record PaceZone(int Number, string Id, string Name, double LowerFraction, double? UpperFraction,
    Pace? SlowestPace, Pace? FastestPace)
{
    public bool Contains(Pace pace) =>
        (SlowestPace is not { } slow || pace.SecondsPerKilometer <= slow.SecondsPerKilometer)
        && (FastestPace is not { } fast || pace.SecondsPerKilometer > fast.SecondsPerKilometer);

    /// <summary>e.g. "Z2 Endurance: 5:10/km – 5:38/km", "Z1 Active Recovery: slower than 5:38/km".</summary>
    public string ToString(DistanceUnit unit)
    {
        var range = (SlowestPace, FastestPace) switch
        {
            (null, { } fast) => $"slower than {fast.ToString(unit)}",
            ({ } slow, null) => $"faster than {slow.ToString(unit)}",
            ({ } slow, { } fast) => $"{fast.ToString(unit)} – {slow.ToString(unit)}",
            _ => "any pace",
        };
        return $"Z{Number} {Name}: {range}";
    }

    public override string ToString() => ToString(DistanceUnit.Kilometers);
}
