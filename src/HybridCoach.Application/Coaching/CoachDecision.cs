namespace HybridCoach.Application.Coaching;

/// <summary>A recorded decision on an inbox item: its id (p12 / e3), the new status id, who decided and why, and the plan version it applied (if any).</summary>
public sealed record CoachDecision(string Id, string Status, string DecidedBy, string? Reason, long? AppliedVersion);
