namespace HybridCoach.Domain.Guardrails;

/// <summary>
/// The trend of heart rate at easy pace as of the snapshot (see Load.EasyPaceHeartRateTrend): slope in bpm per
/// 28 days (positive = easy runs costing more beats) and how many easy runs it was fitted to.
/// </summary>
public sealed record EasyPaceHeartRateFact(double SlopeBpmPer28Days, int RunCount);
