using HybridCoach.Application.Narration;
using HybridCoach.Domain.Adaptation;
using HybridCoach.Domain.Oversight;
using HybridCoach.Domain.Planning;

namespace HybridCoach.Application.Coaching;

/// <summary>
/// What happened to a proposed plan change: the policy's decision, the per-day changes, and either the plan version
/// it was applied as or the pending proposal's id (with the adapted plan's validator verdict), and the change's
/// narration (the adaptation diff explained, on file in the narration audit; null only where nothing narrates).
/// </summary>
public sealed record ChangeOutcome(RouteDecision Decision, IReadOnlyList<PlanChange> Changes, long? AppliedVersion, long? ProposalId,
    IReadOnlyList<PlanViolation> Violations)
{
    public bool Applied => AppliedVersion is not null;

    public RecordedNarration? Narrative { get; init; }
}
