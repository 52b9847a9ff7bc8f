using HybridCoach.Domain.Planning;
using static HybridCoach.Domain.Adaptation.Rules.CycleVolume;

namespace HybridCoach.Domain.Adaptation.Rules;

/// <summary>
/// <c>feeling_strong</c>: "feeling strong" lengthens the next microcycle's easy running by at most
/// <see cref="MaxIncrease"/>, never past the variant's growth limit over the previous loading microcycle, and only
/// when it is a loading microcycle of base, build or sharpen (recovery microcycles are protected, taper and race
/// weeks are not for building), with no niggle, fatigue under <see cref="FatigueBelow"/>/10 and no other rule having
/// changed the plan. The ACWR ceiling is checked by the validator on the result. Back-off: half the increase, then
/// nothing. Product rule: a good week earns a small step, not a leap (Nielsen et al. 2014: large jumps trend to injury).
/// </summary>
public sealed class FeelingStrongRule : IAdaptationRule
{
    public const double MaxIncrease = 0.05;
    public const int FatigueBelow = 6;

    public string Id => "feeling_strong";

    public IEnumerable<PlanDraft> Attempts(AdaptationInput input, PlanDraft draft)
    {
        if (!input.CheckIn.Request.FeelingStrong || WhyNot(input, draft) is not null) yield break;
        var next = draft.NextCycle(input.Today)!;
        var (oldM, limitM) = (SessionScaler.RunningM(next.Days), LimitM(input, draft, next));
        foreach (var increase in new[] { MaxIncrease, MaxIncrease / 2 })
        {
            var target = Math.Min(oldM * (1 + increase), limitM);
            if (target <= oldM + MinStepM) yield break;
            yield return Scale(draft, input, next.Index, target, ChangeKind.Lengthened,
                Text($"feeling strong: microcycle {next.Index} {oldM / 1000:0.0} → {target / 1000:0.0} km (at most +{increase * 100:0.#} %, within the {input.Settings.MaxCycleGrowth * 100:0} % growth limit and the ACWR ceiling {input.Settings.AcwrCeiling:0.00})"));
        }
    }

    /// <summary>A step under 100 m is no step.</summary>
    private const double MinStepM = 100;

    private static double LimitM(AdaptationInput input, PlanDraft draft, Microcycle next) =>
        draft.Cycles.LastOrDefault(c => c.Index < next.Index && !c.Recovery && c.Phase is Phase.Base or Phase.Build or Phase.Sharpen) is { } previous
            ? PerDay(previous) * (1 + input.Settings.MaxCycleGrowth) * next.LengthDays : double.MaxValue;

    /// <summary>
    /// Why "feeling strong" changes nothing this time, in words for the athlete, or null when the rule offers a step
    /// (which the validator may still refuse: then the adapter names the invariant).
    /// </summary>
    public static string? WhyNot(AdaptationInput input, PlanDraft draft)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(draft);
        if (input.CheckIn.Niggles.FirstOrDefault(n => n.Severity >= 1) is { } niggle)
            return Text($"not this week: a {niggle.Site} niggle was reported, and a step up waits for a week without one");
        if (input.CheckIn.Fatigue >= FatigueBelow)
            return Text($"not this week: fatigue {input.CheckIn.Fatigue}/10; a step up needs fatigue under {FatigueBelow}/10");
        if (draft.Notes.Count > 0) return "not this week: the check-in already changed the plan, and one change at a time keeps the load clear";
        if (draft.NextCycle(input.Today) is not { } next) return "no microcycle is left to build before the race";
        if (next.Recovery) return Text($"not this week: microcycle {next.Index} is a recovery microcycle, which stays light so the training is absorbed");
        if (next.Phase is not (Phase.Base or Phase.Build or Phase.Sharpen))
            return Text($"not now: microcycle {next.Index} is in the {next.Phase.ToString().ToLowerInvariant()} phase, which is not for building");
        var oldM = SessionScaler.RunningM(next.Days);
        return Math.Min(oldM * (1 + MaxIncrease), LimitM(input, draft, next)) <= oldM + MinStepM
            ? Text($"not this week: microcycle {next.Index} is already at the {input.Settings.MaxCycleGrowth * 100:0} % growth limit of the {input.Plan.Variant.ToString().ToLowerInvariant()} variant")
            : null;
    }
}
