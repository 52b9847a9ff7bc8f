namespace HybridCoach.Domain.Oversight;

/// <summary>
/// <c>pain_flag</c>: pain reported on any day of the signal lookback → one alert dated on the latest pain day,
/// urgency 1. Pain, unlike soreness, is the signal to stop and have it assessed (product rule, as the
/// <c>pain_flag</c> guardrail).
/// </summary>
public static class PainFlagRule
{
    public static IEnumerable<Escalation> Detect(EscalationInput input)
    {
        var days = input.RecentSignals.Where(s => s.Pain).ToList();
        if (days.Count == 0) yield break;
        var last = days[^1];
        var where = last.PainSite is { } site ? $" at the {site}" : "";
        yield return EscalationDetector.Make(EscalationKind.PainFlag, last.Date,
            $"Pain reported{where} on {days.Count} day(s) of the last {input.Settings.SignalLookbackDays}: rest and get it assessed.",
            [.. days.Select(d => $"{EscalationText.Day(d.Date)}: pain{(d.PainSite is { } s ? $" at the {s}" : "")}")]);
    }
}
