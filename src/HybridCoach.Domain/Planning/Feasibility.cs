using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Planning;

/// <summary>
/// Whether the goal's target time is realistic from current fitness: the VDOT now, the VDOT the target needs,
/// the time current fitness predicts, a realistic target for the weeks available, and a plain verdict.
/// </summary>
public sealed record Feasibility(
    bool Realistic,
    double? CurrentVdot,
    double? TargetVdot,
    Duration? PredictedTime,
    Duration? RealisticTime,
    string Verdict);
