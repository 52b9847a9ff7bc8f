namespace HybridCoach.Domain.Units;

/// <summary>A speed, stored in metres per second.</summary>
public readonly record struct Speed(double MetersPerSecond) : IComparable<Speed>
{
    public double KilometersPerHour => MetersPerSecond * 3.6;

    public static Speed From(Distance distance, Duration duration) =>
        duration.Seconds > 0 ? new Speed(distance.Meters / duration.Seconds) : new Speed(0);

    /// <summary>The pace this speed corresponds to; a zero speed has no pace.</summary>
    public Pace? ToPace() => MetersPerSecond > 0 ? new Pace(1000.0 / MetersPerSecond) : null;

    public int CompareTo(Speed other) => MetersPerSecond.CompareTo(other.MetersPerSecond);

    public override string ToString() => $"{KilometersPerHour:0.0} km/h";
}
