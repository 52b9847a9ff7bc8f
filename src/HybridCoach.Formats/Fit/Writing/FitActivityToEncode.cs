using HybridCoach.Domain.Activities;

namespace HybridCoach.Formats.Fit.Writing;

/// <summary>
/// One recorded activity to write as a FIT activity file: columns of samples (index i of every array is
/// the same moment) plus laps. Optional channels are null when the device had no such sensor. The
/// start time's offset is the local UTC offset the watch was on; it is kept in activity.local_timestamp.
/// </summary>
public sealed record FitActivityToEncode
{
    public required DateTimeOffset StartTime { get; init; }

    public required Sport Sport { get; init; }

    /// <summary>Seconds from <see cref="StartTime"/> of each sample; strictly increasing, first 0.</summary>
    public required int[] ElapsedS { get; init; }

    /// <summary>Cumulative distance in metres; non-decreasing.</summary>
    public required double[] DistancesM { get; init; }

    public required double[] SpeedsMps { get; init; }

    public double[]? LatitudesDeg { get; init; }

    public double[]? LongitudesDeg { get; init; }

    public double[]? AltitudesM { get; init; }

    public byte[]? HeartRatesBpm { get; init; }

    /// <summary>
    /// Cycles per minute as FIT stores cadence: strides (one foot) per minute for running, which is half
    /// the steps per minute; crank revolutions per minute for cycling.
    /// </summary>
    public double[]? CadencesRpm { get; init; }

    public ushort[]? PowersW { get; init; }

    /// <summary>Consecutive laps, each ending at a sample; the last ends at the last sample. Empty = one lap.</summary>
    public IReadOnlyList<FitLapToEncode> Laps { get; init; } = [];

    public FitDeviceToEncode Device { get; init; } = FitDeviceToEncode.Default;

    public int SampleCount => ElapsedS.Length;
}
