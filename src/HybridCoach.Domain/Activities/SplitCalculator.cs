using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Activities;

/// <summary>
/// Per-kilometre or per-mile splits. Each boundary is placed where the cumulative distance crosses it,
/// interpolating time linearly between the two samples around it; the last split holds what is left
/// (distance and time) and may be partial. Split times are elapsed clock time, pauses included, so the
/// splits add up to the whole recording.
/// </summary>
public static class SplitCalculator
{
    private const double NegligibleDistanceM = 1e-6;

    public static IReadOnlyList<Split> Compute(SampleTimeline timeline, DistanceUnit unit)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        if (timeline.DistancesM is not { Length: > 1 } distances) return [];
        var lengthM = unit == DistanceUnit.Miles ? Distance.MetersPerMile : 1000.0;
        var times = timeline.TimesS;
        var total = distances[^1];
        var splits = new List<Split>();
        double startS = 0, startM = 0;
        for (var boundaryM = lengthM; boundaryM <= total + NegligibleDistanceM; boundaryM += lengthM)
        {
            var endS = SeriesInterpolation.At(distances, times, Math.Min(boundaryM, total));
            splits.Add(Create(timeline, splits.Count + 1, unit, boundaryM - startM, startS, endS, isLast: false));
            (startS, startM) = (endS, boundaryM);
        }
        var remainingM = total - startM;
        var remainingS = times[^1] - startS;
        if (remainingM > NegligibleDistanceM || remainingS > 0)
            splits.Add(Create(timeline, splits.Count + 1, unit, Math.Max(0, remainingM), startS, times[^1], isLast: true));
        return splits;
    }

    private static Split Create(SampleTimeline timeline, int number, DistanceUnit unit, double distanceM, double startS, double endS, bool isLast)
    {
        var samples = timeline.Samples;
        var times = timeline.TimesS;
        var heartRate = ChannelStatistics.Mean(times, samples.Column(SampleChannel.HeartRateBpm), startS, endS, isLast);
        double? gainM = null;
        if (samples.Has(SampleChannel.AltitudeM))
        {
            // The boundary samples on both sides belong to the climb: a leg crossing a boundary is not lost.
            var first = SeriesInterpolation.FirstIndexAtOrAfter(times, startS);
            var afterLast = SeriesInterpolation.FirstIndexAtOrAfter(times, endS + 1e-9);
            var altitudes = samples.Column(SampleChannel.AltitudeM);
            gainM = afterLast > first ? ElevationGainCalculator.Compute(altitudes[first..afterLast]).AscentM : 0;
        }
        return new Split(
            number, unit, new Distance(distanceM), new Duration(endS - startS),
            heartRate is { } bpm ? new HeartRate(bpm) : null, gainM);
    }
}
