namespace HybridCoach.Domain.Load;

/// <summary>The stable snake_case ids of <see cref="DailyMetrics"/>' values, for JSON, audit records and docs.</summary>
public static class DailyMetricIds
{
    public const string Load = "load";
    public const string AcwrCoupled = WorkloadRatio.CoupledId;
    public const string AcwrUncoupled = WorkloadRatio.UncoupledId;
    public const string AcwrEwma = WorkloadRatio.EwmaId;
    public const string ChronicLoad = FitnessFatigue.ChronicId;
    public const string AcuteLoad = FitnessFatigue.AcuteId;
    public const string Form = FitnessFatigue.FormId;
    public const string Monotony = global::HybridCoach.Domain.Load.Monotony.Id;
    public const string Strain = global::HybridCoach.Domain.Load.Strain.Id;

    /// <summary>Running distance over the 7 days ending on the day.</summary>
    public const string WeeklyDistanceM = "weekly_distance_m";

    /// <summary>Running time over the 7 days ending on the day.</summary>
    public const string WeeklyTimeS = "weekly_time_s";

    public const string ConsecutiveTrainingDays = TrainingStreak.ConsecutiveTrainingDaysId;
    public const string DaysSinceRest = TrainingStreak.DaysSinceRestId;

    public static IReadOnlyList<string> All { get; } =
    [
        Load, AcwrCoupled, AcwrUncoupled, AcwrEwma, ChronicLoad, AcuteLoad, Form, Monotony, Strain,
        WeeklyDistanceM, WeeklyTimeS, ConsecutiveTrainingDays, DaysSinceRest,
    ];
}
