namespace HybridCoach.Application.Narration;

/// <summary>
/// A plan change to explain (an adaptation diff): where it came from (<c>checkin</c>, <c>adjust</c>, <c>restore</c>,
/// <c>diff</c>), where the oversight policy sent it (<c>auto_apply</c>, <c>suggest_to_athlete</c>,
/// <c>coach_approval</c>) and why, the versions or proposal, every changed day, and the planned distance and load
/// of the changed days before and after.
/// </summary>
public sealed record PlanChangeBrief(DateOnly ChangeDate, string Source, string Route, string RouteReason, long? FromVersion, long? ToVersion,
    long? ProposalId, IReadOnlyList<ChangeLine> Changes, double DistanceBeforeM, double DistanceAfterM, double? LoadChangePct) : NarrationSubject
{
    public override NarrationPurpose Purpose => NarrationPurpose.AdaptationDiff;
    public override DateOnly Date => ChangeDate;

    public override string Reference =>
        ProposalId is { } p ? ProposalReference(p)
        : ToVersion is { } v ? (FromVersion is { } f && f != v - 1 ? $"plan_diff:{f}..{v}" : $"plan_version:{v}")
        : $"plan_change:{ChangeDate:yyyy-MM-dd}";

    /// <summary>The audit reference of a held proposal's narration: <c>proposal:p2</c>.</summary>
    public static string ProposalReference(long proposalId) => $"proposal:p{proposalId}";
}
