namespace HybridCoach.Application.Coaching;

/// <summary>
/// One proposed change held by the oversight policy: its category id (ChangeCategory, snake_case), a one-line summary,
/// the payload that applies it (<see cref="Records.ProposalPayload"/> JSON), the route and rule that decided and why,
/// its status, and who decided it, why and when.
/// </summary>
public sealed record StoredProposal(long Id, string Category, string Summary, string PayloadJson, string Route, string RuleId, string RouteReason,
    ProposalStatus Status, DateTimeOffset CreatedAtUtc, string? DecidedBy = null, string? DecisionReason = null, DateTimeOffset? DecidedAtUtc = null);
