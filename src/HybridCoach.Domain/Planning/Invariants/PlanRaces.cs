using HybridCoach.Domain.Racing;

namespace HybridCoach.Domain.Planning.Invariants;

/// <summary>The requested races (goal first, then the others by date) whose dates fall inside the plan.</summary>
public static class PlanRaces
{
    public static IReadOnlyList<RaceEntry> Within(SeasonPlan plan, PlanRequest request) =>
        new[] { request.GoalRace }
            .Concat(request.OtherRaces.OrderBy(r => r.Date))
            .Where(r => PlanMeasures.Covers(plan, r.Date))
            .ToList();
}
