using HybridCoach.Application.Narration;
using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Guardrails;

namespace HybridCoach.Application.Summaries;

/// <summary>
/// The week's recovery picture from the check-in and the mornings' signals. A morning's sleep report is about the
/// night before; a night is poor by the poor-sleep guardrail's own lines (<see cref="PoorSleepStreakGuardrail"/>:
/// shorter than <c>min_sleep_hours</c>, default 6 h, Hirshkowitz et al. 2015; or rated at most
/// <c>max_poor_quality_1_5</c>, default 2), so the summary counts what the daily call counts.
/// </summary>
public static class WeekWellbeingFigures
{
    public static WeekWellbeing From(CheckInLine? checkIn, IEnumerable<RecoverySignals> mornings, GuardrailSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return From(checkIn, mornings, settings.Get(PoorSleepStreakGuardrail.MinSleepHours), settings.Get(PoorSleepStreakGuardrail.MaxPoorQuality));
    }

    public static WeekWellbeing From(CheckInLine? checkIn, IEnumerable<RecoverySignals> mornings, double minSleepHours, double maxPoorQuality)
    {
        ArgumentNullException.ThrowIfNull(mornings);
        var days = mornings.ToList();
        var poor = days.Count(d => d.SleepHours < minSleepHours || d.SleepQuality <= maxPoorQuality);
        var sleep = days.Where(d => d.SleepHours is not null).Select(d => d.SleepHours!.Value).ToList();
        var soreness = days.SelectMany(Soreness).ToList();
        return new WeekWellbeing(checkIn, days.Count, poor, sleep.Count == 0 ? null : sleep.Average(), soreness.Count == 0 ? null : soreness.Max(),
            days.Count(d => d.Pain), days.Count(d => d.Illness != Illness.None));
    }

    /// <summary>The overall soreness and every site's (a sore calf counts even when the overall score was left out).</summary>
    private static IEnumerable<int> Soreness(RecoverySignals day) =>
        day.Soreness is { } overall ? [overall, .. day.SorenessBySite.Values] : day.SorenessBySite.Values;
}
