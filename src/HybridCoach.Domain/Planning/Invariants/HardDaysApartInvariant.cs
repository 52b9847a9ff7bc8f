using static HybridCoach.Domain.Planning.Invariants.PlanMeasures;

namespace HybridCoach.Domain.Planning.Invariants;

/// <summary>
/// <c>hard_days_apart</c>: no two hard sessions on consecutive dates, across microcycle boundaries too (races
/// count as hard). Hard/easy alternation is the oldest rule of distance training (Bowerman's hard–easy
/// principle; Daniels, <i>Running Formula</i>: quality days separated by easy days), and the same rule the
/// <c>hard_yesterday</c> guardrail enforces day to day. Reported on the second day.
/// </summary>
public sealed class HardDaysApartInvariant : IPlanInvariant
{
    public string Id => "hard_days_apart";

    public IEnumerable<PlanViolation> Check(SeasonPlan plan, PlanRequest request)
    {
        var hard = plan.Microcycles.SelectMany(c => c.Days.Where(d => d.Hard).Select(d => (Cycle: c, Session: d)))
            .OrderBy(x => x.Session.Date).ToList();
        for (var i = 1; i < hard.Count; i++)
        {
            var (before, after) = (hard[i - 1].Session, hard[i].Session);
            if (after.Date.DayNumber - before.Date.DayNumber != 1) continue;
            yield return new PlanViolation(Id, hard[i].Cycle.Index, after.Date,
                $"{Day(before.Date)} {before.Type.ToId()} then {Day(after.Date)} {after.Type.ToId()} (microcycle {hard[i].Cycle.Index}): "
                + "hard sessions on consecutive days; an easy or rest day must separate them");
        }
    }
}
