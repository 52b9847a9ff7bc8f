using HybridCoach.Domain.Adaptation.Rules;
using HybridCoach.Domain.Planning;

namespace HybridCoach.Domain.Adaptation;

/// <summary>The per-day diff between a plan and its adapted draft: only days whose session changed, with the draft's note.</summary>
public static class PlanAdapterDiff
{
    public static IReadOnlyList<PlanChange> Changes(SeasonPlan before, PlanDraft after) =>
        before.Sessions
            .Select(old => (Old: old, New: after.On(old.Date)))
            .Where(p => p.New is not null && !ReferenceEquals(p.Old, p.New) && after.Notes.ContainsKey(p.Old.Date))
            .Select(p => new PlanChange(p.Old.Date, p.Old, p.New, after.Notes[p.Old.Date].Kind, after.Notes[p.Old.Date].Reason))
            .ToList();
}
