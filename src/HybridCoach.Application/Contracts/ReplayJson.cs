using HybridCoach.Application.Decisions;

namespace HybridCoach.Application.Contracts;

/// <summary>`coach replay ID --json`: identical or not, and every difference.</summary>
public sealed record ReplayJson(
    long AuditId,
    string DecidedFor,
    bool Identical,
    string Settings,
    string RecordedRecommendation,
    string ReplayedRecommendation,
    string RecordedEngineVersion,
    string ReplayedEngineVersion,
    string RecordedSettingsHash,
    string ReplayedSettingsHash,
    IReadOnlyList<OutcomeDifference> OutcomeDifferences,
    IReadOnlyList<SettingDifference> SettingDifferences)
{
    public static ReplayJson From(ReplayReport r) => new(r.AuditId, RecoverySignalsJson.DateText(r.DecidedFor), r.Identical,
        r.UsedRecordedSettings ? "recorded" : "current", r.RecordedRecommendation, r.ReplayedRecommendation, r.RecordedEngineVersion,
        r.ReplayedEngineVersion, r.RecordedSettingsHash, r.ReplayedSettingsHash, r.OutcomeDifferences, r.SettingDifferences);
}
