namespace HybridCoach.Application.Demo;

/// <summary>
/// The synthetic runner's physiology and home: a roughly 41-minute 10 km runner (threshold pace about
/// 4:22 /km) living in Munich at 520 m, with a running track nearby.
/// </summary>
public sealed record DemoAthleteProfile
{
    public double RestingHeartRateBpm { get; init; } = 48;
    public double MaxHeartRateBpm { get; init; } = 188;
    public double ThresholdSpeedMps { get; init; } = 1000.0 / 262;
    public double FunctionalThresholdPowerW { get; init; } = 240;
    public double BodyMassKg { get; init; } = 70;
    public double HomeLatitudeDeg { get; init; } = 48.1372;
    public double HomeLongitudeDeg { get; init; } = 11.5756;
    public double HomeAltitudeM { get; init; } = 520;
    public double TrackNorthM { get; init; } = 650;
    public double TrackEastM { get; init; } = -420;

    public static DemoAthleteProfile Default { get; } = new();
}
