namespace HybridCoach.Application.Demo;

/// <summary>Growing columns of 1 s samples for one simulated session.</summary>
public sealed class SampleColumns(int capacity)
{
    public List<int> ElapsedS { get; } = new(capacity);
    public List<double> DistanceM { get; } = new(capacity);
    public List<double> SpeedMps { get; } = new(capacity);
    public List<double> LatitudeDeg { get; } = new(capacity);
    public List<double> LongitudeDeg { get; } = new(capacity);
    public List<double> AltitudeM { get; } = new(capacity);
    public List<byte> HeartRateBpm { get; } = new(capacity);
    public List<double> CadenceRpm { get; } = new(capacity);
    public List<ushort> PowerW { get; } = new(capacity);

    public int Count => ElapsedS.Count;
}
