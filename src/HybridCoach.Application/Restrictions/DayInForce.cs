using HybridCoach.Application.Coaching;
using HybridCoach.Domain.Adaptation;
using HybridCoach.Domain.Guardrails;
using HybridCoach.Domain.Planning;

namespace HybridCoach.Application.Restrictions;

/// <summary>
/// One day of the plan as it stands: the session the plan holds, the session in force (the one the day's call allows),
/// the call that decides it and the reasons of the guardrails behind that call (empty when it is PROCEED).
/// </summary>
public sealed record DayInForce(PlannedSession Planned, PlannedSession InForce, Recommendation Call, IReadOnlyList<string> Reasons)
{
    public bool Changed => !ReferenceEquals(Planned, InForce);

    /// <summary>The day as a plan change from the planned session to the one in force.</summary>
    public PlanChange ToChange() => new(Planned.Date, Planned, InForce, ChangeKinds.Of(Planned, InForce), $"the day's call is {Call.ToId()}");
}
