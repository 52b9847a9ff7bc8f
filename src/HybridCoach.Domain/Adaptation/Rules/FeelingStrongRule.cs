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
        if (!input.CheckIn.Request.FeelingStrong || input.CheckIn.Niggles.Any(n => n.Severity >= 1) || input.CheckIn.Fatigue >= FatigueBelow
            || draft.Notes.Count > 0 || draft.NextCycle(input.Today) is not { Recovery: false, Phase: Phase.Base or Phase.Build or Phase.Sharpen } next)
            yield break;
        var previous = draft.Cycles.LastOrDefault(c => c.Index < next.Index && !c.Recovery && c.Phase is Phase.Base or Phase.Build or Phase.Sharpen);
        var oldM = SessionScaler.RunningM(next.Days);
        var limitM = previous is null ? double.MaxValue : PerDay(previous) * (1 + input.Settings.MaxCycleGrowth) * next.LengthDays;
        foreach (var increase in new[] { MaxIncrease, MaxIncrease / 2 })
        {
            var target = Math.Min(oldM * (1 + increase), limitM);
            if (target <= oldM + 100) yield break;
            yield return Scale(draft, input, next.Index, target, ChangeKind.Lengthened,
                Text($"feeling strong: microcycle {next.Index} {oldM / 1000:0.0} → {target / 1000:0.0} km (at most +{increase * 100:0.#} %, within the {input.Settings.MaxCycleGrowth * 100:0} % growth limit and the ACWR ceiling {input.Settings.AcwrCeiling:0.00})"));
        }
    }
}
