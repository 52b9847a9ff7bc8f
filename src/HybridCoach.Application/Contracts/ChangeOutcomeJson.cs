using HybridCoach.Application.Coaching;
using HybridCoach.Domain.Units;

namespace HybridCoach.Application.Contracts;

/// <summary>
/// Where the oversight policy sent a change (route, rule, reason), the version it was applied as or the pending
/// proposal's id, and the change explained: narrative, its source and the narration audit id (`coach audit narration ID`).
/// </summary>
public sealed record ChangeOutcomeJson(string Route, string RuleId, string RouteReason, bool Applied, long? AppliedVersion, string? ProposalId,
    int ViolationCount, IReadOnlyList<PlanChangeJson> Changes, string? Narrative, string? NarrativeSource, long? NarrationAuditId)
{
    public static ChangeOutcomeJson From(ChangeOutcome o, DistanceUnit units) => new(CoachingIds.RouteId(o.Decision.Route), o.Decision.RuleId, o.Decision.Reason,
        o.Applied, o.AppliedVersion, o.ProposalId is { } id ? CoachingIds.Proposal(id) : null, o.Violations.Count, [.. o.Changes.Select(c => PlanChangeJson.From(c, units))],
        o.Narrative?.Text, o.Narrative?.Source, o.Narrative?.AuditId);
}
