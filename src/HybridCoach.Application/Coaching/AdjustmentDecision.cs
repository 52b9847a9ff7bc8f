using HybridCoach.Domain.Units;

namespace HybridCoach.Application.Coaching;

/// <summary>What accepting or rejecting an adjustment did: its id, new status and, when accepted, the policy's outcome (applied version or pending proposal), and the plan's display units.</summary>
public sealed record AdjustmentDecision(long Id, DateOnly Date, AdjustmentStatus Status, ChangeOutcome? Outcome, DistanceUnit Units = DistanceUnit.Kilometers);
