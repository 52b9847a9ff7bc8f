namespace HybridCoach.Application.Coaching;

/// <summary>One plan version in `coach plan versions`: number, time, active variant, where it came from and why, who decided, days changed and the validator's violation count.</summary>
public sealed record PlanVersionSummary(long Version, DateTimeOffset CreatedAtUtc, string ActiveVariant, string Source, string Summary, string? DecidedBy,
    int? ChangedDays, int ViolationCount);
