using HybridCoach.Domain.Load;

namespace HybridCoach.Application.Contracts;

/// <summary>One day of `coach metrics --json`; the names are <see cref="DailyMetricIds"/> (null = undefined that day).</summary>
public sealed record DailyMetricsJson(
    DateOnly Date,
    double Load,
    double? AcwrCoupled,
    double? AcwrUncoupled,
    double? AcwrEwma,
    double ChronicLoad,
    double AcuteLoad,
    double Form,
    double? Monotony,
    double? Strain,
    double WeeklyDistanceM,
    double WeeklyTimeS,
    int ConsecutiveTrainingDays,
    int? DaysSinceRest)
{
    public static DailyMetricsJson From(DailyMetrics day) => new(
        day.Day, day.Load, day.AcwrCoupled, day.AcwrUncoupled, day.AcwrEwma, day.ChronicLoad, day.AcuteLoad, day.Form,
        day.Monotony, day.Strain, day.WeeklyDistanceM, day.WeeklyTimeS, day.ConsecutiveTrainingDays, day.DaysSinceRest);
}
