using HybridCoach.Domain.Guardrails;

namespace HybridCoach.Application.Decisions;

/// <summary>
/// What `coach replay ID` answers: the recorded call beside the one the engine makes now on the recorded snapshot
/// (with the current settings, or the recorded ones), and every exact difference. <see cref="Identical"/> when there is none.
/// </summary>
public sealed record ReplayReport(
    long AuditId,
    DateOnly DecidedFor,
    bool UsedRecordedSettings,
    string RecordedRecommendation,
    string ReplayedRecommendation,
    string RecordedEngineVersion,
    string ReplayedEngineVersion,
    string RecordedSettingsHash,
    string ReplayedSettingsHash,
    IReadOnlyList<OutcomeDifference> OutcomeDifferences,
    IReadOnlyList<SettingDifference> SettingDifferences,
    Decision Replayed)
{
    public bool RecommendationChanged => RecordedRecommendation != ReplayedRecommendation;

    public bool EngineVersionChanged => RecordedEngineVersion != ReplayedEngineVersion;

    public bool Identical => !RecommendationChanged && !EngineVersionChanged && RecordedSettingsHash == ReplayedSettingsHash
        && OutcomeDifferences.Count == 0 && SettingDifferences.Count == 0;
}
