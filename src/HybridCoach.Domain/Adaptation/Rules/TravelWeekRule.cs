using HybridCoach.Domain.Planning;
using static HybridCoach.Domain.Adaptation.Rules.CycleVolume;

namespace HybridCoach.Domain.Adaptation.Rules;

/// <summary>
/// <c>travel_week</c>: a travel week keeps the next microcycle's first hard session, turns the others into easy
/// runs (<see cref="SessionAdjuster"/>, never harder) and shortens its easy running by <see cref="RunCut"/>; the
/// following microcycles are rebalanced (<see cref="CycleVolume.Rebalance"/>) and lowered where the load ratio
/// would break the ceiling (<see cref="AcwrRelief"/>). Product rule: less time and
/// unfamiliar routes, so one quality session and shorter runs. Back-off: only the hard sessions reduced, then nothing.
/// </summary>
public sealed class TravelWeekRule : IAdaptationRule
{
    public const double RunCut = 0.25;

    public string Id => "travel_week";

    public IEnumerable<PlanDraft> Attempts(AdaptationInput input, PlanDraft draft)
    {
        if (!input.CheckIn.Request.TravelWeek || draft.NextCycle(input.Today) is not { } next) yield break;
        var reduced = draft;
        foreach (var hard in next.Days.Where(d => d.Hard && d.Type != SessionType.Race).Skip(1))
        {
            var easy = SessionAdjuster.Propose(hard, "travelling this week", input.AdjusterContext(reduced)).Replacement;
            reduced = reduced.With(easy, ChangeKind.Softened, $"travel week: one hard session only; {hard.Type.Words()} → {easy.Type.Words()}");
        }
        var now = reduced.Cycle(next.Index);
        var cut = Scale(reduced, input, next.Index, SessionScaler.RunningM(now.Days) - RunningM(now) * RunCut,
            ChangeKind.Shortened, Text($"travel week: runs {RunCut * 100:0} % shorter"));
        foreach (var attempt in AcwrRelief.Attempts(Rebalance(cut, input, next.Index), input, "travel week")) yield return attempt;
        foreach (var attempt in AcwrRelief.Attempts(Rebalance(reduced, input, next.Index), input, "travel week")) yield return attempt;
    }

    /// <summary>The easy running of a microcycle: what gets shortened.</summary>
    private static double RunningM(Microcycle cycle) => SessionScaler.RunningM(cycle.Days.Where(SessionScaler.Scalable));
}
