using HybridCoach.Application.Plans;
using HybridCoach.Domain.Adaptation;
using HybridCoach.Domain.Oversight;
using HybridCoach.Domain.Performance;
using HybridCoach.Domain.Racing;

namespace HybridCoach.Application.Coaching;

/// <summary>
/// What `coach plan generate` did: the generated set (stored as <see cref="AppliedVersion"/>, or held as proposal
/// <see cref="ProposalId"/> for the coach), the policy's decision (null for a first plan, which replaces nothing),
/// the locked days carried from the replaced plan and those that could not be, and the races the replaced plan held
/// that the calendar does not (added through a check-in) and that the new plan keeps.
/// </summary>
public sealed record RegenerationOutcome(PlanSet Set, RouteDecision? Decision, long? AppliedVersion, long? ProposalId,
    IReadOnlyList<PlanChange> Carried, IReadOnlyList<string> NotCarried, IReadOnlyList<RaceEntry> CarriedRaces)
{
    /// <summary>The profile's threshold pace when it is far from the history's estimate (the plan's paces use the profile's); null when they agree.</summary>
    public ThresholdDisagreement? ThresholdWarning { get; init; }
}
