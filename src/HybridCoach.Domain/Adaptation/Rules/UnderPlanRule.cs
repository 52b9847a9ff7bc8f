using static HybridCoach.Domain.Adaptation.Rules.CycleVolume;

namespace HybridCoach.Domain.Adaptation.Rules;

/// <summary>
/// <c>under_plan</c>: when the last <see cref="WeeksInARow"/> completed microcycles each ran less than
/// <see cref="UnderShare"/> of their planned distance, the rest of the build is recalibrated from the level the
/// athlete actually ran: growth restarts from the mean actual running per day of those microcycles, at most the
/// variant's MaxCycleGrowth per microcycle (<see cref="CycleVolume.Rebalance"/>), never above the old plan. Product
/// rule: training builds on what was done, not on what was planned; the ACWR logic (Gabbett 2016) penalises a
/// return to the planned load from a lower chronic base. When the lower base lifts a later week's load ratio over the ceiling, the
/// weeks after are lowered step by step (<see cref="AcwrRelief"/>). Back-off: nothing (the projection alone is not changed).
/// </summary>
public sealed class UnderPlanRule : IAdaptationRule
{
    public const int WeeksInARow = 2;
    public const double UnderShare = 0.7;

    public string Id => "under_plan";

    public static IReadOnlyList<CycleActuals> Under(AdaptationInput input)
    {
        var done = input.Actuals.Cycles.Where(c => c.End <= input.Today).TakeLast(WeeksInARow).ToList();
        return done.Count == WeeksInARow && done.All(c => c.PlannedDistanceM > 0 && c.ActualDistanceM < c.PlannedDistanceM * UnderShare) ? done : [];
    }

    public IEnumerable<PlanDraft> Attempts(AdaptationInput input, PlanDraft draft)
    {
        var under = Under(input);
        if (under.Count == 0) yield break;
        var days = under.Sum(c => c.End.DayNumber - c.Start.DayNumber + 1);
        var actualPerDay = under.Sum(c => c.ActualDistanceM) / days;
                var rebalanced = Rebalance(draft, input, under[^1].MicrocycleIndex, actualPerDay);
        var why = Text($"the last {WeeksInARow} microcycles ran {under.Sum(c => c.ActualDistanceM) / 1000:0.0} of {under.Sum(c => c.PlannedDistanceM) / 1000:0.0} km planned (under {UnderShare * 100:0} % each): the build restarts from what was run ({actualPerDay * 7 / 1000:0.0} km per 7 days), each microcycle cut by at most {(1 - CycleVolume.MinFactor) * 100:0} %");
        foreach (var attempt in AcwrRelief.Attempts(Relabel(rebalanced, draft, why), input, "the build restarts lower")) yield return attempt;
    }

    /// <summary>Puts the rule's own reason first on every day it changed.</summary>
    private static PlanDraft Relabel(PlanDraft after, PlanDraft before, string why)
    {
        var notes = new Dictionary<DateOnly, DraftNote>(after.Notes);
        foreach (var (date, note) in after.Notes)
            if (!before.Notes.TryGetValue(date, out var old) || old != note) notes[date] = new DraftNote(ChangeKind.Recalibrated, $"{why}; {note.Reason}");
        return after with { Notes = notes };
    }
}
