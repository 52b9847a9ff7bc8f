namespace HybridCoach.Application.Coaching;

/// <summary>
/// One stored session adjustment: the plan version it was proposed against, the day, the original and replacement
/// sessions as JSON, the athlete's reason (quoted data), the adjuster's change lines as JSON, its status and times.
/// </summary>
public sealed record StoredAdjustment(long Id, long PlanVersion, DateOnly Date, string OriginalJson, string ReplacementJson, string Reason,
    string ChangesJson, AdjustmentStatus Status, DateTimeOffset CreatedAtUtc, DateTimeOffset? DecidedAtUtc);
