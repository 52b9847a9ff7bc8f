using HybridCoach.Domain.Planning;

namespace HybridCoach.Application.Contracts;

/// <summary>The feasibility verdict: realistic or not, current and needed VDOT, predicted time, the range within reach
/// (realistic_time_s at the faster rate of improvement, realistic_slowest_time_s at the slower), its basis and the plain sentence.</summary>
public sealed record FeasibilityJson(bool Realistic, double? CurrentVdot, double? TargetVdot, double? PredictedTimeS, double? RealisticTimeS,
    double? RealisticSlowestTimeS, string? Basis, string Verdict)
{
    public static FeasibilityJson From(Feasibility f) =>
        new(f.Realistic, f.CurrentVdot, f.TargetVdot, f.PredictedTime?.Seconds, f.RealisticTime?.Seconds, f.RealisticSlowestTime?.Seconds, f.Basis, f.Verdict);
}
