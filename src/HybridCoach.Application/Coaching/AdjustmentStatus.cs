namespace HybridCoach.Application.Coaching;

/// <summary>Where a session adjustment stands (ids lower-case): requested (open; one per day at most), accepted or rejected.</summary>
public enum AdjustmentStatus
{
    Requested,
    Accepted,
    Rejected,
}
