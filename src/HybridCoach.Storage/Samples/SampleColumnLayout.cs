using HybridCoach.Domain.Activities;

namespace HybridCoach.Storage.Samples;

/// <summary>
/// Which samples column holds each channel, and to how many decimals its values are kept.
/// Stored precision (the largest round-trip error is half a step):
/// position 1e-7° (≈ 1 cm, FIT's semicircles are ≈ 8e-8°), distance and altitude 0.01 m,
/// speed 0.001 m/s, heart rate 0.01 bpm (whole bpm come back exactly), cadence 0.01 spm,
/// power 0.1 W, temperature 0.01 °C, vertical oscillation 0.1 mm, ground contact 0.1 ms,
/// timestamps exact to the millisecond. Values too large for their step are kept as raw doubles.
/// </summary>
internal static class SampleColumnLayout
{
    public const string TimestampsColumn = "timestamps_ms";

    public static string ColumnName(SampleChannel channel) => channel switch
    {
        SampleChannel.DistanceM => "distance_m",
        SampleChannel.LatitudeDeg => "latitude_deg",
        SampleChannel.LongitudeDeg => "longitude_deg",
        SampleChannel.AltitudeM => "altitude_m",
        SampleChannel.SpeedMps => "speed_mps",
        SampleChannel.HeartRateBpm => "heart_rate_bpm",
        SampleChannel.CadenceSpm => "cadence_spm",
        SampleChannel.PowerW => "power_w",
        SampleChannel.TemperatureC => "temperature_c",
        SampleChannel.VerticalOscillationMm => "vertical_oscillation_mm",
        SampleChannel.GroundContactTimeMs => "ground_contact_time_ms",
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, "no samples column for this channel"),
    };

    public static int Decimals(SampleChannel channel) => channel switch
    {
        SampleChannel.LatitudeDeg or SampleChannel.LongitudeDeg => 7,
        SampleChannel.SpeedMps => 3,
        SampleChannel.PowerW or SampleChannel.VerticalOscillationMm or SampleChannel.GroundContactTimeMs => 1,
        _ => 2,
    };

    public static IReadOnlyList<SampleChannel> Channels { get; } = Enum.GetValues<SampleChannel>();
}
