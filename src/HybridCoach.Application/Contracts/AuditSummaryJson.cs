using HybridCoach.Application.Decisions;

namespace HybridCoach.Application.Contracts;

/// <summary>One record in `coach audit list --json`.</summary>
public sealed record AuditSummaryJson(long Id, string DecidedFor, DateTimeOffset CreatedAtUtc, string Recommendation, string EngineVersion, string SettingsHash)
{
    public static AuditSummaryJson From(DecisionAuditSummary s) =>
        new(s.Id, RecoverySignalsJson.DateText(s.DecidedFor), s.CreatedAtUtc, s.Recommendation, s.EngineVersion, s.SettingsHash);
}
