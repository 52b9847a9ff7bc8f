using HybridCoach.Application.Coaching;

namespace HybridCoach.Cli.Output;

/// <summary>`coach approve|reject --json`: the athlete, item id, new status, who decided, why, and the plan version applied (if any).</summary>
public sealed record CoachDecisionJson(string Athlete, string Id, string Status, string DecidedBy, string? Reason, long? AppliedVersion)
{
    public static CoachDecisionJson From(string athlete, CoachDecision d) => new(athlete, d.Id, d.Status, d.DecidedBy, d.Reason, d.AppliedVersion);
}
