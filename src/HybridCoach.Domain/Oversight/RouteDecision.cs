namespace HybridCoach.Domain.Oversight;

/// <summary>Where the policy sends a proposed change, the id of the rule that decided (see docs/oversight.md) and why, with the figures.</summary>
public sealed record RouteDecision(OversightRoute Route, string RuleId, string Reason);
