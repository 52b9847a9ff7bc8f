namespace HybridCoach.Application.Decisions;

/// <summary>One setting whose effective value differs between the record and the replay (null where it is not declared).</summary>
public sealed record SettingDifference(string SettingId, double? Recorded, double? Replayed);
