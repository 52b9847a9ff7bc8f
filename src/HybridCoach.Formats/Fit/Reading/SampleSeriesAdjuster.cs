using HybridCoach.Domain.Activities;

namespace HybridCoach.Formats.Fit.Reading;

/// <summary>
/// The two corrections only known after the whole file is read: running cadence doubled to steps/min
/// inside running sessions (FIT records store strides/min), and heart rate merged from hr messages.
/// Copies the columns once, and only when a correction applies.
/// </summary>
internal static class SampleSeriesAdjuster
{
    public static SampleSeries Adjust(SampleSeries series, IReadOnlyList<(long StartMs, long EndMs)> runningRanges,
        List<(double TimeS, long Bpm)> beats)
    {
        var doubleCadence = runningRanges.Count > 0 && series.Has(SampleChannel.CadenceSpm);
        if (!doubleCadence && beats.Count == 0) return series;
        var timestamps = series.TimestampsMs.ToArray();
        var columns = new double[]?[SampleSeries.ChannelCount];
        foreach (var channel in Enum.GetValues<SampleChannel>())
        {
            columns[(int)channel] = series.Has(channel) ? series.Column(channel).ToArray() : null;
        }
        if (doubleCadence) DoubleCadence(timestamps, columns[(int)SampleChannel.CadenceSpm]!, runningRanges);
        if (beats.Count > 0) MergeHeartRate(timestamps, ref columns[(int)SampleChannel.HeartRateBpm], beats);
        return new SampleSeries(timestamps, columns);
    }

    private static void DoubleCadence(long[] timestamps, double[] cadence, IReadOnlyList<(long StartMs, long EndMs)> ranges)
    {
        for (var i = 0; i < timestamps.Length; i++)
        {
            foreach (var (start, end) in ranges)
            {
                if (timestamps[i] < start || timestamps[i] > end) continue;
                cadence[i] *= 2;
                break;
            }
        }
    }

    /// <summary>Samples inside the strap's recording take its latest beat (see <see cref="BeatCursor"/>).</summary>
    private static void MergeHeartRate(long[] timestamps, ref double[]? heartRate, List<(double TimeS, long Bpm)> beats)
    {
        var cursor = new BeatCursor(beats);
        for (var i = 0; i < timestamps.Length; i++)
        {
            var fitSeconds = timestamps[i] / 1000.0 - FitTime.UnixSecondsAtFitEpoch;
            if (cursor.Next(fitSeconds) is not { } bpm) continue;
            if (heartRate is null)
            {
                heartRate = new double[timestamps.Length];
                Array.Fill(heartRate, double.NaN);
            }
            heartRate[i] = bpm;
        }
    }
}
