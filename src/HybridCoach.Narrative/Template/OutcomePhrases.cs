using System.Text.RegularExpressions;
using HybridCoach.Domain.Guardrails;

namespace HybridCoach.Narrative.Template;

/// <summary>
/// One plain clause per fired guardrail, built from its observed values and thresholds (so every figure is the
/// engine's own); guardrails without a phrase of their own use the figures part of the engine's reason.
/// </summary>
public static partial class OutcomePhrases
{
    [GeneratedRegex(@"at the ([a-z_]+)")]
    private static partial Regex SitePattern();

    public static string Describe(GuardrailOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        double? O(string key) => outcome.Observed.TryGetValue(key, out var v) ? v : null;
        double? T(string key) => outcome.Thresholds.TryGetValue(key, out var v) ? v : null;
        var site = SitePattern().Match(outcome.Reason) is { Success: true } m ? m.Groups[1].Value.Replace('_', ' ') : null;
        return outcome.Id switch
        {
            "acwr_very_high" or "acwr_high" or "acwr_caution" when O("acwr_coupled") is { } acwr =>
                $"your acute:chronic workload ratio is {Figures.Ratio(acwr)}, {(outcome.Id == "acwr_high" ? "at or above" : "above")} the {Figures.Ratio(T("max_ratio") ?? T("min_ratio") ?? 0)} line",
            "injury_site_soreness" when O("injury_site_soreness_0_10") is { } sore =>
                $"your {site ?? "old injury site"}, where you have been injured before, is at {Figures.Number(sore)}/10 soreness",
            "high_soreness" => $"soreness is at {Figures.Number(O("soreness_0_10") is { } s && s >= (T("min_0_10") ?? 7) ? s : O("max_site_soreness_0_10") ?? 0)}/10{(site is null ? "" : $" at the {site}")}",
            "medical_red_flag_open" => "you reported a possible medical warning sign that a doctor must assess before you train again",
            "pain_report_open" => $"you reported pain{(site is null ? "" : $" at the {site}")} and your coach has not cleared it yet",
            "coach_hold" => "your coach has put a hold on your training",
            "unavailable_day" => "you said you cannot train today",
            "pain_flag" => $"you reported pain{(site is null ? "" : $" at the {site}")}",
            "resting_hr_elevated" when O("resting_hr_bpm") is { } hr && O("rise_bpm") is { } rise && O("baseline_resting_hr_bpm") is { } mean =>
                $"your resting heart rate is {Figures.Number(hr)} bpm, {Figures.Number(rise)} bpm above your usual {Figures.Number(mean)} bpm",
            "hrv_suppressed" when O("hrv_rmssd_ms") is { } rmssd => $"your HRV ({Figures.Number(rmssd)} ms rMSSD) is below its usual range",
            "poor_sleep_streak" when O("poor_nights_in_a_row") is { } nights => $"you have slept poorly {Figures.Number(nights)} nights in a row",
            "life_stress_high" when O("life_stress_1_5") is { } stress => $"life stress is at {Figures.Number(stress)}/5",
            "no_rest_day" when O("days_without_rest") is { } days => $"you have gone {Figures.Number(days)} days without a rest day",
            "monotony_high" when O("monotony") is { } monotony => $"the last 7 days were very uniform (monotony {Figures.Ratio(monotony)}, above {Figures.Ratio(T("max_monotony") ?? 2)})",
            "hard_yesterday" => "your last hard session is too recent for another one today (no hard days back to back)",
            _ => FiguresOf(outcome.Reason),
        };
    }

    /// <summary>The engine's reason up to its instruction (the part after the last ": "), which is the narrator's to phrase.</summary>
    public static string FiguresOf(string reason)
    {
        var cut = reason.LastIndexOf(": ", StringComparison.Ordinal);
        var figures = cut > 0 ? reason[..cut] : reason;
        return figures.Length > 0 ? char.ToLowerInvariant(figures[0]) + figures[1..] : figures;
    }
}
