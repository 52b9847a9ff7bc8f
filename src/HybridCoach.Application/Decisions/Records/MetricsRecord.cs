using HybridCoach.Domain.Load;

namespace HybridCoach.Application.Decisions.Records;

/// <summary><see cref="DailyMetrics"/> as stored in the audit snapshot (ids of <see cref="DailyMetricIds"/>).</summary>
public sealed record MetricsRecord(
    string Day,
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
    public static MetricsRecord From(DailyMetrics m) => new(RecordCodes.Date(m.Day), m.Load, m.AcwrCoupled, m.AcwrUncoupled, m.AcwrEwma,
        m.ChronicLoad, m.AcuteLoad, m.Form, m.Monotony, m.Strain, m.WeeklyDistanceM, m.WeeklyTimeS, m.ConsecutiveTrainingDays, m.DaysSinceRest);

    public DailyMetrics ToMetrics() => new(RecordCodes.ParseDate(Day, "metrics day"), Load, AcwrCoupled, AcwrUncoupled, AcwrEwma,
        ChronicLoad, AcuteLoad, Form, Monotony, Strain, WeeklyDistanceM, WeeklyTimeS, ConsecutiveTrainingDays, DaysSinceRest);
}
