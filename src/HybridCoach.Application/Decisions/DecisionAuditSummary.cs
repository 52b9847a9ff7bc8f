namespace HybridCoach.Application.Decisions;

/// <summary>One line of `coach audit list`: the record's id, day, time, call and fingerprints.</summary>
public sealed record DecisionAuditSummary(
    long Id,
    DateOnly DecidedFor,
    DateTimeOffset CreatedAtUtc,
    string Recommendation,
    string EngineVersion,
    string SettingsHash);
