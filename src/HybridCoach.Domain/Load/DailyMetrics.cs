namespace HybridCoach.Domain.Load;

/// <summary>
/// One day's training metrics as of a date. Null where a metric is undefined that day (warm-up, no
/// history yet, zero chronic load). The JSON ids are in <see cref="DailyMetricIds"/>.
/// </summary>
public sealed record DailyMetrics(
    DateOnly Day,
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
    int? DaysSinceRest);
