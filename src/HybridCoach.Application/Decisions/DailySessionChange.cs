using HybridCoach.Application.Plans;
using HybridCoach.Domain.Planning;

namespace HybridCoach.Application.Decisions;

/// <summary>The day's planned session, the session the call allows in its place (the same object when the call allows it) and the plan version they come from.</summary>
public sealed record DailySessionChange(PlanSet Plan, PlannedSession Planned, PlannedSession InForce)
{
    public bool Changed => !ReferenceEquals(Planned, InForce);

    public PlannedDay InForceDay => new(InForce, Plan.Request.Units, Plan.Version, Plan.ActiveVariant);
}
