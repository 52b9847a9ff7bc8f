namespace HybridCoach.Domain.Units;

/// <summary>A heart rate in beats per minute.</summary>
public readonly record struct HeartRate(double BeatsPerMinute) : IComparable<HeartRate>
{
    public int CompareTo(HeartRate other) => BeatsPerMinute.CompareTo(other.BeatsPerMinute);

    public override string ToString() => $"{BeatsPerMinute:0} bpm";
}
