using HybridCoach.Domain.Load;

namespace HybridCoach.Application.Contracts;

/// <summary>One week's time in zones and its easy / moderate / hard split (Seiler's three zones), by pace and by HR.</summary>
public sealed record WeekIntensityJson(
    DateOnly WeekStart,
    IReadOnlyDictionary<string, double> PaceZoneMin,
    IReadOnlyDictionary<string, double> HrZoneMin,
    double? PaceEasyPercent,
    double? PaceModeratePercent,
    double? PaceHardPercent,
    double? HrEasyPercent,
    double? HrModeratePercent,
    double? HrHardPercent)
{
    public static WeekIntensityJson From(WeekIntensity week) => new(
        week.WeekStart,
        week.PaceZones.ToDictionary(z => z.ZoneId, z => Math.Round(z.TimeMin, 1)),
        week.HeartRateZones.ToDictionary(z => z.ZoneId, z => Math.Round(z.TimeMin, 1)),
        Round(week.PaceSplit.EasyPercent), Round(week.PaceSplit.ModeratePercent), Round(week.PaceSplit.HardPercent),
        Round(week.HeartRateSplit.EasyPercent), Round(week.HeartRateSplit.ModeratePercent), Round(week.HeartRateSplit.HardPercent));

    private static double? Round(double? percent) => percent is { } p ? Math.Round(p, 1) : null;
}
