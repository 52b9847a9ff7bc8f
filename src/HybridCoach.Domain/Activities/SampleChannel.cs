namespace HybridCoach.Domain.Activities;

/// <summary>One column of an activity's sample series. Units are in the names.</summary>
public enum SampleChannel
{
    DistanceM,
    LatitudeDeg,
    LongitudeDeg,
    AltitudeM,
    SpeedMps,
    HeartRateBpm,
    /// <summary>Running cadence in steps per minute (both feet), or cycling cadence in rpm.</summary>
    CadenceSpm,
    PowerW,
    TemperatureC,
    VerticalOscillationMm,
    GroundContactTimeMs,
}
