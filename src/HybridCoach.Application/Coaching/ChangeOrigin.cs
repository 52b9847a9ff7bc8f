namespace HybridCoach.Application.Coaching;

/// <summary>
/// Where a plan change came from and where it went, as a <see cref="Narration.PlanChangeBrief"/> states it: the source
/// (<c>checkin</c>, <c>adjustment a3</c>, <c>proposal p2</c>, <c>diff</c>), the route id and its reason, and the
/// versions (from → to) or the pending proposal.
/// </summary>
public sealed record ChangeOrigin(string Source, string Route, string RouteReason, long? FromVersion, long? ToVersion, long? ProposalId);
