using System.Globalization;
using HybridCoach.Domain.Restrictions;

namespace HybridCoach.Domain.Guardrails;

/// <summary>
/// <c>coach_hold</c>: the coach's holds in force on the date. no_training → FULL_REST; no_running →
/// CROSS_TRAIN_OR_REST; no_hard_sessions → REDUCE_INTENSITY; max_weekly_distance → CROSS_TRAIN_OR_REST when the
/// running of the 6 days before already reaches the cap (the day would take the 7 days past it), else clear with the
/// km left. The coach's word is the rule; the strictest hold wins. No thresholds of its own.
/// </summary>
public sealed class CoachHoldGuardrail : IGuardrail
{
    /// <summary>The days before the date that count towards a weekly cap (with the date: 7 days).</summary>
    public const int CapWindowDays = 6;

    public string Id => "coach_hold";

    public IReadOnlyList<GuardrailSetting> Settings { get; } = [];

    public GuardrailOutcome Evaluate(DecisionSnapshot snapshot, GuardrailSettings settings)
    {
        var holds = snapshot.State.HoldsOn(snapshot.Date).ToList();
        var runKm = snapshot.ActivitiesBetween(snapshot.Date.AddDays(-CapWindowDays), snapshot.Date.AddDays(-1)).Where(a => a.IsRun).Sum(a => a.DistanceM) / 1000;
        var cap = holds.Where(h => h.Kind == HoldKind.MaxWeeklyDistance).Select(h => h.MaxWeeklyKm).Min();
        var observed = Values.Observed(("holds_in_force", holds.Count), ("run_km_last_6_days", cap is null ? null : Math.Round(runKm, 1)));
        var thresholds = cap is { } c ? Values.Thresholds(("max_weekly_km", c)) : Values.Thresholds();
        if (holds.Count == 0) return GuardrailOutcome.Clear(Id, "no coach hold in force", observed, thresholds);
        var asks = holds.Select(h => (Hold: h, Call: Asks(h, runKm))).OrderByDescending(x => RecommendationPrecedence.Rank(x.Call)).First();
        if (asks.Call == Recommendation.Proceed)
            return GuardrailOutcome.Clear(Id, Text($"{Describe(asks.Hold)}: {Math.Max(0, cap!.Value - runKm):0.0} km of running left under the cap today"), observed, thresholds);
        return GuardrailOutcome.Fire(Id, asks.Call, $"{Describe(asks.Hold)}{Detail(asks.Hold, runKm)}", observed, thresholds);
    }

    private static Recommendation Asks(CoachHold hold, double runKm) => hold.Kind switch
    {
        HoldKind.NoTraining => Recommendation.FullRest,
        HoldKind.NoRunning => Recommendation.CrossTrainOrRest,
        HoldKind.NoHardSessions => Recommendation.ReduceIntensity,
        HoldKind.MaxWeeklyDistance => runKm >= hold.MaxWeeklyKm ? Recommendation.CrossTrainOrRest : Recommendation.Proceed,
        _ => Recommendation.Proceed,
    };

    private static string Describe(CoachHold hold) =>
        $"coach's hold {hold.Id} ({HoldKinds.ToId(hold.Kind)}{(hold.Until is { } u ? $" until {u:yyyy-MM-dd}" : " until lifted")}: \"{hold.Reason}\")";

    private static string Detail(CoachHold hold, double runKm) => hold.Kind == HoldKind.MaxWeeklyDistance
        ? Text($": {runKm:0.0} km run in the 6 days before already reaches the cap of {hold.MaxWeeklyKm:0.#} km")
        : "";

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
