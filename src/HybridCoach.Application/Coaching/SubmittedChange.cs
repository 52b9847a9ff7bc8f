using HybridCoach.Application.Plans;
using HybridCoach.Domain.Planning;

namespace HybridCoach.Application.Coaching;

/// <summary>
/// A plan change routed and written (<see cref="ChangeSubmission.StoreAsync"/>) but not yet narrated: its outcome, the
/// version it was made from, the plan it made and where it came from — what the narration of the change needs.
/// </summary>
public sealed record SubmittedChange(ChangeOutcome Outcome, PlanSet Basis, SeasonPlan Adapted, string Source);
