namespace HybridCoach.Application.Metrics;

/// <summary>
/// A metrics report as chart columns, index i of each being the same day (days as Unix seconds at midnight UTC):
/// chronic load ("fitness"), acute load ("fatigue") and form (the performance-management chart), the coupled ACWR
/// with the guardrails' bands, the day's load and the rolling 7-day distance (km).
/// </summary>
public sealed record FitnessChartSeries(
    long[] DayUnixS,
    double[] ChronicLoad,
    double[] AcuteLoad,
    double[] Form,
    double?[] AcwrCoupled,
    double[] Load,
    double[] WeeklyKm,
    double AcwrSweetSpotLow,
    double AcwrCaution,
    double AcwrHigh)
{
    /// <summary>Gabbett 2016 (BJSM 50:273–280): ratios of 0.8–1.3 carry the lowest injury risk; below 0.8 is detraining.</summary>
    public const double SweetSpotLow = 0.8;

    public static FitnessChartSeries From(MetricsReport report, double acwrCaution, double acwrHigh)
    {
        ArgumentNullException.ThrowIfNull(report);
        var days = report.Days;
        return new FitnessChartSeries(
            [.. days.Select(d => new DateTimeOffset(d.Day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeSeconds())],
            [.. days.Select(d => Math.Round(d.ChronicLoad, 1))],
            [.. days.Select(d => Math.Round(d.AcuteLoad, 1))],
            [.. days.Select(d => Math.Round(d.Form, 1))],
            [.. days.Select(d => d.AcwrCoupled is { } r ? Math.Round(r, 2) : (double?)null)],
            [.. days.Select(d => Math.Round(d.Load, 1))],
            [.. days.Select(d => Math.Round(d.WeeklyDistanceM / 1000, 1))],
            SweetSpotLow, acwrCaution, acwrHigh);
    }
}
