using HybridCoach.Domain.Planning;

namespace HybridCoach.Cli.Output;

/// <summary>The feasibility verdict: realistic or not, current and needed VDOT, predicted and realistic times, and the plain sentence.</summary>
public sealed record FeasibilityJson(bool Realistic, double? CurrentVdot, double? TargetVdot, double? PredictedTimeS, double? RealisticTimeS, string Verdict)
{
    public static FeasibilityJson From(Feasibility f) =>
        new(f.Realistic, f.CurrentVdot, f.TargetVdot, f.PredictedTime?.Seconds, f.RealisticTime?.Seconds, f.Verdict);
}
