namespace HybridCoach.Domain.Oversight;

/// <summary>
/// Where the policy sends a proposed change, the id of the rule that decided (see docs/oversight.md) and why, with the
/// figures. <see cref="Plain"/> says the same to the athlete in plain words, with no rule ids ("it lowers the planned
/// load by 26 %, more than 10 %"); narrations use it.
/// </summary>
public sealed record RouteDecision(OversightRoute Route, string RuleId, string Reason)
{
    /// <summary>The reason in plain words for the athlete (a clause that follows "because"); the technical reason when none was given.</summary>
    public string Plain { get => field ?? Reason; init; }
}
