namespace HybridCoach.Application.Contracts;

/// <summary>`coach adjust ... accept|reject --json`: the adjustment, its new status and (accepted) where the policy sent it.</summary>
public sealed record AdjustmentDecisionJson(string Id, string Date, string Status, ChangeOutcomeJson? Outcome);
