using HybridCoach.Application.Narration;
using HybridCoach.Domain.Load;

namespace HybridCoach.Application.Summaries;

/// <summary>
/// The load trend across a week from the daily metrics series (the one `coach metrics` and the daily call use):
/// chronic load as the week starts (the day before its first day: what the week began with) and on its last day,
/// and on the last day the rolling coupled ACWR — the ratio the ACWR guardrails decide on (see
/// Domain/Guardrails/AcwrReadings) — and form.
/// </summary>
public static class LoadTrendFigures
{
    /// <summary>Null when the series has no entry for the day before the start or for the end.</summary>
    public static LoadTrend? From(IEnumerable<DailyMetrics> days, DateOnly weekStart, DateOnly lastDay)
    {
        ArgumentNullException.ThrowIfNull(days);
        var byDay = days.ToDictionary(d => d.Day);
        if (!byDay.TryGetValue(weekStart.AddDays(-1), out var before) || !byDay.TryGetValue(lastDay, out var end)) return null;
        return new LoadTrend(before.ChronicLoad, end.ChronicLoad, end.AcwrCoupled, end.Form);
    }
}
