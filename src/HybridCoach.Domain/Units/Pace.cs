namespace HybridCoach.Domain.Units;

/// <summary>A running pace, stored in seconds per kilometre.</summary>
public readonly record struct Pace(double SecondsPerKilometer) : IComparable<Pace>
{
    public double SecondsPerMile => SecondsPerKilometer * Distance.MetersPerMile / 1000.0;

    public static Pace FromSecondsPerMile(double secondsPerMile) =>
        new(secondsPerMile * 1000.0 / Distance.MetersPerMile);

    public Speed ToSpeed() => new(1000.0 / SecondsPerKilometer);

    public int CompareTo(Pace other) => SecondsPerKilometer.CompareTo(other.SecondsPerKilometer);

    /// <summary>m:ss per km.</summary>
    public override string ToString() => $"{new Duration(SecondsPerKilometer)}/km";

    public string ToString(DistanceUnit unit) => unit == DistanceUnit.Miles
        ? $"{new Duration(SecondsPerMile)}/mi"
        : ToString();
}
