namespace HybridCoach.Application.Contracts;

/// <summary>`coach plan restore N --json`: the version restored, the new version it became, and the narration of what that changed against the version before.</summary>
public sealed record PlanRestoreJson(long RestoredVersion, long NewVersion, string ActiveVariant, int ViolationCount, int ChangedDays, string Narrative,
    string NarrativeSource, long NarrationAuditId);
