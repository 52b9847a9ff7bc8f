using HybridCoach.Application.Narration;

namespace HybridCoach.Application.Coaching;

/// <summary>
/// A recorded decision on an inbox item: its id (p12 / e3), the new status id, who decided and why, the plan version
/// it applied (if any) and that change's narration (the adaptation diff explained; null when nothing was applied).
/// </summary>
public sealed record CoachDecision(string Id, string Status, string DecidedBy, string? Reason, long? AppliedVersion)
{
    public RecordedNarration? Narrative { get; init; }
}
