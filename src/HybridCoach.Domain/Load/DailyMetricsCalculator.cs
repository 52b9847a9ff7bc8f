namespace HybridCoach.Domain.Load;

/// <summary>
/// Every daily series for a range of days, as of a date: entries after the as-of day are ignored, so a
/// day's figures never change because of a later import. The series run from the first activity (or
/// <c>from</c>, if earlier), so a day's values do not depend on the range asked for. One pass per series
/// over arrays indexed by day.
/// </summary>
public static class DailyMetricsCalculator
{
    public static IReadOnlyList<DailyMetrics> Compute(IReadOnlyList<DatedLoad> entries, DateOnly from, DateOnly to,
        DateOnly asOf, SeriesSettings? settings = null)
    {
        settings ??= SeriesSettings.Default;
        var series = DailyLoadSeries.Build(entries, from, to, asOf);
        var history = series.HistoryStart ?? series.Count;
        var loads = series.Load;
        var coupled = WorkloadRatio.RollingCoupled(loads, history, settings);
        var uncoupled = WorkloadRatio.RollingUncoupled(loads, history, settings);
        var ewma = WorkloadRatio.Ewma(loads, history, settings);
        var fitness = FitnessFatigue.Compute(loads, settings);
        var (streak, sinceRest) = TrainingStreak.Compute(series.RunTimeS, series.TimeS, history, settings);
        var weekDistance = RollingSum(series.RunDistanceM, settings.AcuteDays);
        var weekTime = RollingSum(series.RunTimeS, settings.AcuteDays);
        var weekLoad = RollingSum(loads, settings.MonotonyDays);
        var first = from.DayNumber - series.FirstDay.DayNumber;
        var metrics = new DailyMetrics[series.Count - first];
        for (var d = first; d < series.Count; d++)
        {
            var monotony = d - history + 1 >= settings.MonotonyDays
                ? Monotony.Compute(loads.AsSpan(d - settings.MonotonyDays + 1, settings.MonotonyDays), settings.MonotonySd, settings.MonotonyCap)
                : null;
            metrics[d - first] = new DailyMetrics(series.DayAt(d), loads[d],
                coupled.Ratio[d], uncoupled.Ratio[d], ewma.Ratio[d],
                fitness.Chronic[d], fitness.Acute[d], fitness.Form[d],
                monotony, monotony is { } m ? Strain.Compute(weekLoad[d], m) : null,
                weekDistance[d], weekTime[d], streak[d], sinceRest[d]);
        }
        return metrics;
    }

    // Summed afresh for each day: a running add-and-subtract would leave rounding residue after a rest week.
    private static double[] RollingSum(double[] values, int days)
    {
        var sums = new double[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            double sum = 0;
            for (var j = Math.Max(0, i - days + 1); j <= i; j++) sum += values[j];
            sums[i] = sum;
        }
        return sums;
    }
}
