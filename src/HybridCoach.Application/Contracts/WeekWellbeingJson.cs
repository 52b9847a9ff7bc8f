using HybridCoach.Application.Narration;

namespace HybridCoach.Application.Contracts;

/// <summary>The week's check-in (null when none) and recovery signals: mornings reported, poor nights, average sleep, highest soreness, pain and illness days.</summary>
public sealed record WeekWellbeingJson(CheckInLineJson? CheckIn, int SignalDays, int PoorSleepNights, double? AverageSleepH, int? MaxSoreness,
    int PainFlagDays, int IllnessDays)
{
    public static WeekWellbeingJson From(WeekWellbeing w) => new(w.CheckIn is { } c ? CheckInLineJson.From(c) : null, w.SignalDays, w.PoorSleepNights,
        w.AverageSleepH, w.MaxSoreness, w.PainFlagDays, w.IllnessDays);
}
