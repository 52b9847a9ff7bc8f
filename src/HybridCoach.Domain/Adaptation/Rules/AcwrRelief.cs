using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Planning.Invariants;
using static HybridCoach.Domain.Adaptation.Rules.CycleVolume;

namespace HybridCoach.Domain.Adaptation.Rules;

/// <summary>
/// Reshapes the weeks after a calendar change until the projected ACWR holds again. Dropping or shortening sessions
/// lowers the chronic load the following weeks are measured against, so a plan that was under the ceiling can rise
/// above it in the next weeks (<c>acwr_ceiling</c>, Gabbett 2016). A calendar change must still take effect (the
/// athlete cannot train that day), so instead of backing off the rule offers, after its own attempt, a ramp back:
/// microcycle by microcycle, from the first one that breaks the ceiling, easy running is cut by the smallest multiple
/// of <see cref="StepCut"/> (up to <see cref="MaxCut"/>) that keeps that microcycle's days under the ceiling — from a
/// cut of <see cref="SoftenFromCut"/> its first hard session becomes the easier replacement too — then the next
/// microcycle that breaks it is treated the same way (base to taper; recovery microcycles keep theirs). Each lowered microcycle is marked
/// <see cref="Microcycle.Reduced"/> (growth is still measured from the last full one, <c>cycle_growth</c>), its long
/// run stays within the share of the lighter week, and the taper follows a lower peak. Product rule: the ceiling read
/// forwards — after a break the load comes back no faster than the ratio allows, as after any interruption.
/// </summary>
public static class AcwrRelief
{
    public const double StepCut = 0.05;
    public const double MaxCut = 0.5;

    /// <summary>From this cut on, the microcycle's first hard session also becomes its easier replacement
    /// (<see cref="SessionAdjuster"/>, never harder): intensity carries much of a week's load.</summary>
    public const double SoftenFromCut = 0.2;

    private static readonly AcwrCeilingInvariant Ceiling = new();

    public static IEnumerable<PlanDraft> Attempts(PlanDraft attempt, AdaptationInput input, string reason)
    {
        yield return attempt;
        if (Ramp(attempt, input, reason) is { } ramped) yield return ramped;
    }

    /// <summary>The ramp back (still above the ceiling when a microcycle is, even at the largest cut: the adapter
    /// then refuses it and names the days), or null when nothing was lowered.</summary>
    private static PlanDraft? Ramp(PlanDraft attempt, AdaptationInput input, string reason)
    {
        var draft = attempt;
        var lowered = new Dictionary<int, int>();
        while (FirstCeilingCycle(draft, input) is { } breaking)
        {
            // A day early in a microcycle is measured over the 7 days before it: when lowering its own microcycle is
            // not enough, the loading microcycle before it (if still ahead) is lowered too, each at most MaxLowerings times.
            var cycle = lowered.ContainsKey(breaking.Index) || breaking.Recovery
                ? draft.Cycles.LastOrDefault(c => c.Index < breaking.Index && Lowerable(c, input, lowered)) : breaking;
            if (cycle is null || !Lowerable(cycle, input, lowered)) break;
            lowered[cycle.Index] = lowered.GetValueOrDefault(cycle.Index) + 1;
            draft = Lower(draft, input, draft.Cycle(cycle.Index), reason);
        }
        return ReferenceEquals(draft, attempt) ? null : KeepTaperReduction(attempt, draft, input);
    }

    private const int MaxLowerings = 2;

    private static bool Lowerable(Microcycle cycle, AdaptationInput input, Dictionary<int, int> lowered) =>
        cycle.Start > input.Today && !cycle.Recovery && cycle.Phase is Phase.Base or Phase.Build or Phase.Sharpen or Phase.Taper
        && lowered.GetValueOrDefault(cycle.Index) < MaxLowerings;

    /// <summary>The microcycle with the smallest cut that keeps its days under the ceiling, else the largest cut.</summary>
    private static PlanDraft Lower(PlanDraft draft, AdaptationInput input, Microcycle cycle, string reason)
    {
        var runningM = SessionScaler.RunningM(cycle.Days);
        for (var step = 1; step * StepCut <= MaxCut + 1e-9; step++)
        {
            var cut = step * StepCut;
            var why = Text($"{reason}: a lower ramp back, microcycle {cycle.Index} with {cut * 100:0} % less running so the load ratio stays under {input.Settings.AcwrCeiling:0.00}");
            var candidate = cut >= SoftenFromCut ? SoftenFirstHard(draft, input, cycle.Index, reason) : draft;
            candidate = Scale(candidate, input, cycle.Index, runningM * (1 - cut), ChangeKind.Recalibrated, why).MarkedReduced(cycle.Index);
            candidate = CapLongRun(candidate, input, cycle.Index, Text($"{reason}: a lower ramp back"));
            if (FirstCeilingCycle(candidate, input) is not { } first || first.Index > cycle.Index || cut >= MaxCut - 1e-9) return candidate;
        }
        return draft;
    }

    private static PlanDraft SoftenFirstHard(PlanDraft draft, AdaptationInput input, int index, string reason)
    {
        if (draft.Cycle(index).Days.FirstOrDefault(d => d.Hard && d.Type != SessionType.Race && d.Date > input.Today) is not { } hard) return draft;
        var easier = SessionAdjuster.Propose(hard, "ramping back after days off", input.AdjusterContext(draft)).Replacement;
        return draft.With(easier, ChangeKind.Softened, Text($"{reason}: a lower ramp back, {hard.Type.Words()} → {easier.Type.Words()}"));
    }

    /// <summary>The taper is measured from the peak (<c>taper_reduction</c>, Bosquet 2007): when the lowered
    /// microcycles held the peak, the taper falls with it, by the same ratio.</summary>
    private static PlanDraft KeepTaperReduction(PlanDraft before, PlanDraft after, AdaptationInput input)
    {
        var (peakBefore, peakAfter) = (Peak(before.Cycles), Peak(after.Cycles));
        var ratio = peakBefore > 0 ? peakAfter / peakBefore : 1;
        if (ratio >= 1 - 1e-9) return after;
        foreach (var taper in after.Cycles.Where(c => c.Phase == Phase.Taper && c.Start > input.Today))
        {
            var targetM = SessionScaler.RunningM(before.Cycle(taper.Index).Days) * ratio;
            if (targetM >= SessionScaler.RunningM(taper.Days)) continue; // the ramp already lowered it further: never raise it back
            after = Scale(after, input, taper.Index, targetM, ChangeKind.Recalibrated,
                Text($"the peak is {(1 - ratio) * 100:0} % lower after a lower ramp back, so the taper is too"));
        }
        return after;
    }

    /// <summary>The first future microcycle where the projected ACWR breaks the ceiling.</summary>
    private static Microcycle? FirstCeilingCycle(PlanDraft draft, AdaptationInput input) =>
        Ceiling.Check(draft.ToPlan(input.Plan, input.Request), input.Request)
            .Where(v => v.MicrocycleIndex is not null).Select(v => draft.Cycle(v.MicrocycleIndex!.Value))
            .FirstOrDefault(c => c.Start > input.Today);
}
