using HybridCoach.Application.Coaching;

namespace HybridCoach.Application.Contracts;

/// <summary>`coach adjust ... accept|reject --json`: the adjustment, its new status and (accepted) where the policy sent it.</summary>
public sealed record AdjustmentDecisionJson(string Id, string Date, string Status, ChangeOutcomeJson? Outcome)
{
    public static AdjustmentDecisionJson From(AdjustmentDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return new AdjustmentDecisionJson(CoachingIds.Adjustment(decision.Id), RecoverySignalsJson.DateText(decision.Date),
            CoachingIds.ToId(decision.Status), decision.Outcome is { } o ? ChangeOutcomeJson.From(o, decision.Units) : null);
    }
}
