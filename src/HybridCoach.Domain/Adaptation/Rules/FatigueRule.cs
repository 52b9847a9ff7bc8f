using HybridCoach.Domain.Planning;
using static HybridCoach.Domain.Adaptation.Rules.CycleVolume;

namespace HybridCoach.Domain.Adaptation.Rules;

/// <summary>
/// <c>high_fatigue</c>: fatigue ≥ <see cref="FatigueAtLeast"/>/10 after a harder-than-expected week (the last
/// microcycle's actual load more than <see cref="LoadOverPlan"/> above plan, or effort ≥ <see cref="EffortAtLeast"/>)
/// lowers the next microcycle's running by <see cref="VolumeCut"/> and softens its first hard session (a shorter
/// recovery run via <see cref="SessionAdjuster"/>, reason "tired"); later microcycles are rebalanced
/// (<see cref="CycleVolume.Rebalance"/>). Product rules: high perceived fatigue after an unexpectedly heavy week is
/// the overreaching signal session-RPE monitoring looks for (Foster 1998), and the response is a lighter week.
/// Back-off: cut + soften (15 %, then 10 %, then 5 %: <see cref="FallbackCuts"/>), then soften only, then nothing. A recovery microcycle next already unloads: nothing to do.
/// </summary>
public sealed class FatigueRule : IAdaptationRule
{
    public const int FatigueAtLeast = 8;
    public const int EffortAtLeast = 8;
    public const double LoadOverPlan = 0.10;
    public const double VolumeCut = 0.15;

    public string Id => "high_fatigue";

    public static bool Fires(AdaptationInput input) =>
        input.CheckIn.Fatigue >= FatigueAtLeast && (input.CheckIn.Effort >= EffortAtLeast || HeavyWeek(input.Actuals));

    public IEnumerable<PlanDraft> Attempts(AdaptationInput input, PlanDraft draft)
    {
        if (!Fires(input) || draft.NextCycle(input.Today) is not { Recovery: false } next) yield break;
        var why = Text($"fatigue {input.CheckIn.Fatigue}/10 after a harder week than planned ({Evidence(input)})");
        var softened = Soften(draft, input, next, why);
        var oldM = SessionScaler.RunningM(next.Days);
        foreach (var cutShare in FallbackCuts)
        {
            var cut = Scale(softened, input, next.Index, oldM * (1 - cutShare), ChangeKind.Shortened,
                Text($"{why}: microcycle {next.Index} runs {cutShare * 100:0} % less"), softened.Notes.Keys.ToHashSet());
            yield return Rebalance(cut, input, next.Index);
        }
        yield return Rebalance(softened, input, next.Index);
        yield return softened;
    }

    /// <summary>The cut, then smaller ones when the full cut leaves no valid way back to the plan (product rule:
    /// a lower next microcycle is the point of the rule, so it gives up size before it gives up the cut).</summary>
    public static IReadOnlyList<double> FallbackCuts { get; } = [VolumeCut, 0.10, 0.05];

    private static PlanDraft Soften(PlanDraft draft, AdaptationInput input, Microcycle next, string why)
    {
        if (next.Days.FirstOrDefault(d => d.Hard && d.Type != SessionType.Race) is not { } hard) return draft;
        var adjustment = SessionAdjuster.Propose(hard, "tired after a hard week", input.AdjusterContext(draft));
        return draft.With(adjustment.Replacement, ChangeKind.Softened, $"{why}: the first hard session of microcycle {next.Index} becomes {adjustment.Replacement.Type.Words()}");
    }

    private static bool HeavyWeek(PlanActuals actuals) =>
        actuals.Cycles.LastOrDefault() is { PlannedLoad: > 0 } c && c.ActualLoad > c.PlannedLoad * (1 + LoadOverPlan);

    private static string Evidence(AdaptationInput input)
    {
        var cycle = input.Actuals.Cycles.LastOrDefault();
        var load = cycle is { PlannedLoad: > 0 } c ? Text($"load {c.ActualLoad:0} vs {c.PlannedLoad:0} planned") : "no load figures";
        return Text($"effort {input.CheckIn.Effort}/10, {load}");
    }
}
