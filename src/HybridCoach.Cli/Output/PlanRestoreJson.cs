namespace HybridCoach.Cli.Output;

/// <summary>`coach plan restore N --json`: the version restored and the new version it became.</summary>
public sealed record PlanRestoreJson(long RestoredVersion, long NewVersion, string ActiveVariant, int ViolationCount);
