using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Units;

namespace HybridCoach.Application.Activities;

/// <summary>
/// Builds <see cref="ActivityChartSeries"/> from an activity's samples, at most <see cref="MaxPoints"/> points (every
/// k-th sample, the last always kept): a chart a phone draws at once, whatever the recording's length. Pace is shown
/// only above walking-still speed (0.5 m/s = 33:20/km), below which it is not a pace anyone runs. Distance and pace
/// are in the athlete's unit (1 mi = 1,609.344 m, the international mile).
/// </summary>
public static class ActivityCharts
{
    public const int MaxPoints = 2000;
    public const double MinPaceSpeedMps = 0.5;

    public static ActivityChartSeries From(Activity activity, DistanceUnit unit = DistanceUnit.Kilometers)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var metresPerUnit = unit == DistanceUnit.Miles ? Distance.MetersPerMile : 1000;
        var samples = activity.Samples;
        var picked = Picks(samples.Count);
        var t0 = samples.Count == 0 ? 0 : samples.TimestampsMs[0];
        var timestamps = samples.TimestampsMs.ToArray();
        var distance = Column(samples, SampleChannel.DistanceM);
        var speed = Column(samples, SampleChannel.SpeedMps);
        var lat = Column(samples, SampleChannel.LatitudeDeg);
        var lon = Column(samples, SampleChannel.LongitudeDeg);
        return new ActivityChartSeries(
            unit == DistanceUnit.Miles ? "mi" : "km",
            [.. picked.Select(i => distance is null || double.IsNaN(distance[i]) ? 0 : Math.Round(distance[i] / metresPerUnit, 4))],
            [.. picked.Select(i => (timestamps[i] - t0) / 1000.0)],
            [.. picked.Select(i => speed is null || !(speed[i] >= MinPaceSpeedMps) ? (double?)null : Math.Round(metresPerUnit / speed[i], 1))],
            Values(samples, SampleChannel.HeartRateBpm, picked),
            Values(samples, SampleChannel.AltitudeM, picked),
            Values(samples, SampleChannel.CadenceSpm, picked),
            lat is null || lon is null ? [] : [.. picked.Where(i => !double.IsNaN(lat[i]) && !double.IsNaN(lon[i])).Select(i => new[] { lat[i], lon[i] })]);
    }

    private static int[] Picks(int count)
    {
        if (count == 0) return [];
        var step = Math.Max(1, (int)Math.Ceiling(count / (double)(MaxPoints - 1)));
        var picks = Enumerable.Range(0, count).Where(i => i % step == 0).ToList();
        if (picks[^1] != count - 1) picks.Add(count - 1);
        return [.. picks];
    }

    private static double[]? Column(SampleSeries samples, SampleChannel channel) => samples.Has(channel) ? samples.Column(channel).ToArray() : null;

    private static double?[] Values(SampleSeries samples, SampleChannel channel, int[] picked)
    {
        var column = Column(samples, channel);
        return [.. picked.Select(i => column is null || double.IsNaN(column[i]) ? (double?)null : Math.Round(column[i], 1))];
    }
}
