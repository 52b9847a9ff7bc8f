namespace HybridCoach.Domain.Load;

/// <summary>
/// Consecutive training days (days with any activity, ending today; 0 on a day without) and days since a
/// rest day (0 on a rest day). A rest day has no run and at most <see cref="SeriesSettings.RestDayMaxOtherTimeS"/>
/// of other activity, so a short walk rests but still counts as a training day. Both count only days
/// from the first day of history; days since rest is null until a rest day has occurred.
/// </summary>
public static class TrainingStreak
{
    public const string ConsecutiveTrainingDaysId = "consecutive_training_days";
    public const string DaysSinceRestId = "days_since_rest";

    public static (int[] ConsecutiveTrainingDays, int?[] DaysSinceRest) Compute(
        ReadOnlySpan<double> runTimeS, ReadOnlySpan<double> timeS, int historyStart, SeriesSettings? settings = null)
    {
        settings ??= SeriesSettings.Default;
        var streak = new int[timeS.Length];
        var sinceRest = new int?[timeS.Length];
        int? lastRest = null;
        for (var d = Math.Max(0, historyStart); d < timeS.Length; d++)
        {
            streak[d] = timeS[d] > 0 ? (d > 0 ? streak[d - 1] : 0) + 1 : 0;
            if (!(runTimeS[d] > 0) && timeS[d] <= settings.RestDayMaxOtherTimeS) lastRest = d;
            sinceRest[d] = d - lastRest;
        }
        return (streak, sinceRest);
    }
}
