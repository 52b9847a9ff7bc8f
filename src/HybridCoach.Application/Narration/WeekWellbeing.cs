namespace HybridCoach.Application.Narration;

/// <summary>
/// The week's recovery picture: the check-in (null when none), mornings with signals, nights under 6 hours or rated
/// poor (the poor-sleep guardrail's lines), average sleep, the highest soreness (0–10), and days with a pain flag or illness.
/// </summary>
public sealed record WeekWellbeing(CheckInLine? CheckIn, int SignalDays, int PoorSleepNights, double? AverageSleepH, int? MaxSoreness, int PainFlagDays,
    int IllnessDays);
