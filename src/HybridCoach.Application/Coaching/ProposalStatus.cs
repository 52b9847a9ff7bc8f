namespace HybridCoach.Application.Coaching;

/// <summary>Where a proposal stands (ids lower-case): pending, approved (decided, not yet applied), rejected, or applied to the plan.</summary>
public enum ProposalStatus
{
    Pending,
    Approved,
    Rejected,
    Applied,
}
