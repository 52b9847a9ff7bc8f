using HybridCoach.Domain.Activities;

namespace HybridCoach.Formats.Fit.Activity;

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

    /// <summary>Each sample without a heart rate takes the latest beat at or before it (see HeartRateMerger).</summary>
    private static void MergeHeartRate(long[] timestamps, ref double[]? heartRate, List<(double TimeS, long Bpm)> beats)
    {
        var next = 0;
        for (var i = 0; i < timestamps.Length; i++)
        {
            if (heartRate is not null && !double.IsNaN(heartRate[i])) continue;
            var fitSeconds = timestamps[i] / 1000.0 - FitTime.UnixSecondsAtFitEpoch;
            while (next < beats.Count && beats[next].TimeS <= fitSeconds) next++;
            if (next == 0) continue;
            if (heartRate is null)
            {
                heartRate = new double[timestamps.Length];
                Array.Fill(heartRate, double.NaN);
            }
            heartRate[i] = beats[next - 1].Bpm;
        }
    }
}
