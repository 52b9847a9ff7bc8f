using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Planning;

/// <summary>
/// Whether the goal's target time is realistic from current fitness: the VDOT now, the VDOT the target needs,
/// the time current fitness predicts, the range of times within reach in the weeks available (<see cref="RealisticTime"/>
/// at the faster rate of improvement, <see cref="RealisticSlowestTime"/> at the slower, <see cref="ImprovementRate"/>),
/// the basis of that range, and a plain verdict.
/// </summary>
public sealed record Feasibility(
    bool Realistic,
    double? CurrentVdot,
    double? TargetVdot,
    Duration? PredictedTime,
    Duration? RealisticTime,
    string Verdict,
    Duration? RealisticSlowestTime = null,
    string? Basis = null);
