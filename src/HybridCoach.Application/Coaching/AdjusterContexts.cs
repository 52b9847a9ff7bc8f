using HybridCoach.Application.Plans;
using HybridCoach.Domain.Adaptation;
using HybridCoach.Domain.Athletes;

namespace HybridCoach.Application.Coaching;

/// <summary>What a replacement for one day of the active plan is fitted to: the plan's fitness, the days either side, the injury history's sites and the display units.</summary>
public static class AdjusterContexts
{
    public static AdjusterContext For(PlanSet set, DateOnly date, AthleteProfile? profile)
    {
        ArgumentNullException.ThrowIfNull(set);
        var fitness = set.Request.Fitness;
        var neighbours = set.Active.Plan.Sessions.Where(s => s.Date != date && Math.Abs(s.Date.DayNumber - date.DayNumber) <= 1).ToList();
        return new AdjusterContext(fitness.ThresholdPace, fitness.Vdot, neighbours, [.. (profile?.Injuries ?? []).Select(i => i.Site)], set.Request.Units);
    }
}
