namespace HybridCoach.Application.Contracts;

/// <summary>`coach flag clear --json`: the alert cleared, by whom, why, and from which day (yyyy-mm-dd).</summary>
public sealed record FlagClearedJson(string AlertId, string ClearedBy, string Reason, string ClearedOn);
