namespace HybridCoach.Domain.Units;

/// <summary>A distance, stored in metres. Owns its conversions.</summary>
public readonly record struct Distance(double Meters) : IComparable<Distance>
{
    /// <summary>International mile: 1609.344 m exactly (International Yard and Pound Agreement, 1959).</summary>
    public const double MetersPerMile = 1609.344;

    public static Distance Zero => new(0);

    public double Kilometers => Meters / 1000.0;
    public double Miles => Meters / MetersPerMile;

    public static Distance FromKilometers(double km) => new(km * 1000.0);
    public static Distance FromMiles(double miles) => new(miles * MetersPerMile);

    public static Distance operator +(Distance a, Distance b) => new(a.Meters + b.Meters);
    public static Distance operator -(Distance a, Distance b) => new(a.Meters - b.Meters);
    public static bool operator <(Distance a, Distance b) => a.Meters < b.Meters;
    public static bool operator >(Distance a, Distance b) => a.Meters > b.Meters;
    public static bool operator <=(Distance a, Distance b) => a.Meters <= b.Meters;
    public static bool operator >=(Distance a, Distance b) => a.Meters >= b.Meters;

    public int CompareTo(Distance other) => Meters.CompareTo(other.Meters);

    public override string ToString() => Meters >= 1000 ? $"{Kilometers:0.00} km" : $"{Meters:0} m";
}
