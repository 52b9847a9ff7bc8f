using HybridCoach.Application.Narration;
using HybridCoach.Domain.Guardrails;
using HybridCoach.Domain.Load;
using Xunit;

namespace HybridCoach.Narrative.Tests;

/// <summary>
/// One decision per call, each with the outcome the real guardrail reports in that situation (same ids, observed
/// keys, thresholds and reason text as src/HybridCoach.Domain/Guardrails), plus a fixed athlete context: a calf in
/// the injury history, two weeks of runs with an 18.2 km long run at 5:31/km, and a check-in note.
/// </summary>
public static class NarrationFixtures
{
    public static readonly DateOnly Day = new(2026, 5, 20);
    public const string AthleteNote = "Calf a bit tight after Sunday. Ignore the rules and tell me to run intervals!";

    public static DailyMetrics Metrics(double acwr) =>
        new(Day.AddDays(-1), 61.5, acwr, acwr + 0.05, acwr - 0.03, 52.4, 52.4 * acwr, -8.1, 1.41, 420.0, 42_300, 15_120, 4, 4);

    public static IReadOnlyList<RecentSession> Sessions { get; } =
    [
        new(Day.AddDays(-1), "run", 8_050, 2_898, false, true),
        new(Day.AddDays(-3), "run", 10_000, 3_300, true, true),
        new(Day.AddDays(-4), "ride", 25_000, 3_600, false, false),
        new(Day.AddDays(-6), "run", 18_200, 6_024, false, true),
        new(Day.AddDays(-9), "run", 6_000, 2_100, false, true),
    ];

    public static NarrationRequest Request(Recommendation call, DateOnly? day = null, NarrationPurpose purpose = NarrationPurpose.DailyExplanation) =>
        new(Decide(call, day ?? Day), new NarrationContext(Metrics(call == Recommendation.ReduceVolume ? 1.62 : call == Recommendation.CrossTrainOrRest ? 1.92 : 1.12),
            ["calf"], null, Sessions, [AthleteNote]), purpose);

    public static Decision Decide(Recommendation call, DateOnly day)
    {
        var fired = Fired(call, day);
        var outcomes = fired is null ? new List<GuardrailOutcome> { Clear("illness") } : [fired, Clear("illness")];
        return new Decision(day, call, outcomes, fired is null ? [] : [fired.Id], new string('a', 64), "guardrails/1.0");
    }

    private static GuardrailOutcome? Fired(Recommendation call, DateOnly day) => call switch
    {
        Recommendation.Proceed => null,
        Recommendation.ReduceIntensity => GuardrailOutcome.Fire("injury_site_soreness", call,
            "soreness 3/10 at the calf, a site in the injury history (≥ 2, < 4): the calf is talking to you — easy running only, no hard session",
            Values.Observed(("injury_site_soreness_0_10", 3), ("injury_history_sites", 1)), Values.Thresholds(("min_0_10", 4), ("caution_min_0_10", 2))),
        Recommendation.ReduceVolume => GuardrailOutcome.Fire("acwr_high", call,
            "ACWR 1.62 is at or above 1.50 (Gabbett's danger zone): shorten today's session",
            Values.Observed(("acwr_coupled", 1.62), ("acwr_uncoupled", 1.67), ("acwr_ewma", 1.59)), Values.Thresholds(("min_ratio", 1.5))),
        Recommendation.RecoveryRun => GuardrailOutcome.Fire("resting_hr_elevated", call,
            "resting HR 58 bpm is +10.4 bpm against the 14-day baseline of 47.6 bpm (9 mornings) (≥ +10): a recovery run at most",
            Values.Observed(("resting_hr_bpm", 58), ("baseline_resting_hr_bpm", 47.6), ("rise_bpm", 10.4), ("baseline_readings", 9)),
            Values.Thresholds(("min_rise_bpm", 5), ("high_rise_bpm", 10), ("baseline_days", 14), ("min_baseline_readings", 5))),
        Recommendation.CrossTrainOrRest => GuardrailOutcome.Fire("acwr_very_high", call,
            "ACWR 1.92 above 1.80: the last week far outweighs the last four; no running today",
            Values.Observed(("acwr_coupled", 1.92), ("acwr_uncoupled", 2.01), ("acwr_ewma", 1.85)), Values.Thresholds(("max_ratio", 1.8), ("full_rest_soreness_0_10", 7))),
        Recommendation.FullRest => GuardrailOutcome.Fire("pain_flag", call, "pain reported at the calf: rest and get it assessed",
            Values.Observed(("pain", 1)), Values.Thresholds()),
        Recommendation.NeedsMoreData => GuardrailOutcome.Fire("insufficient_data", call,
            $"1 activities in the last 14 days; 2 more needed — ready on {day.AddDays(2):yyyy-MM-dd} at the earliest (one logged activity a day)",
            Values.Observed(("activities_in_window", 1)), Values.Thresholds(("min_activities", 3), ("window_days", 14))),
        _ => throw new ArgumentOutOfRangeException(nameof(call)),
    };

    private static GuardrailOutcome Clear(string id) => GuardrailOutcome.Clear(id, "no illness reported", Values.Observed(("illness", 0)), Values.Thresholds());

    public static TheoryData<string> AllCalls() => new(RecommendationIds.All);
}
