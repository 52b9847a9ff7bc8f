using HybridCoach.Domain.Activities;

namespace HybridCoach.Formats.Fit.Reading;

/// <summary>
/// The two corrections only known after the whole file is read: running cadence doubled to steps/min
/// inside running sessions (FIT records store strides/min), and heart rate merged from hr messages.
/// Applied in place on the builder's columns, before they are copied out once by Build.
/// </summary>
internal static class SampleSeriesAdjuster
{
    public static void Adjust(SampleSeriesBuilder samples, IReadOnlyList<(long StartMs, long EndMs)> runningRanges,
        List<(double TimeS, long Bpm)> beats)
    {
        if (runningRanges.Count > 0) DoubleCadence(samples, runningRanges);
        if (beats.Count > 0) MergeHeartRate(samples, beats);
    }

    private static void DoubleCadence(SampleSeriesBuilder samples, IReadOnlyList<(long StartMs, long EndMs)> ranges)
    {
        for (var i = 0; i < samples.Count; i++)
        {
            var cadence = samples.GetAt(i, SampleChannel.CadenceSpm);
            if (double.IsNaN(cadence)) continue;
            var timestamp = samples.TimestampMsAt(i);
            foreach (var (start, end) in ranges)
            {
                if (timestamp < start || timestamp > end) continue;
                samples.SetAt(i, SampleChannel.CadenceSpm, cadence * 2);
                break;
            }
        }
    }

    /// <summary>Samples inside the strap's recording take its latest beat (see <see cref="BeatCursor"/>).</summary>
    private static void MergeHeartRate(SampleSeriesBuilder samples, List<(double TimeS, long Bpm)> beats)
    {
        var cursor = new BeatCursor(beats);
        for (var i = 0; i < samples.Count; i++)
        {
            var fitSeconds = samples.TimestampMsAt(i) / 1000.0 - FitTime.UnixSecondsAtFitEpoch;
            if (cursor.Next(fitSeconds) is { } bpm) samples.SetAt(i, SampleChannel.HeartRateBpm, bpm);
        }
    }
}
