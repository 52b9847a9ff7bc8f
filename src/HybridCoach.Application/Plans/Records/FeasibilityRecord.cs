using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Units;

namespace HybridCoach.Application.Plans.Records;

/// <summary>A stored feasibility verdict.</summary>
public sealed record FeasibilityRecord(bool Realistic, double? CurrentVdot, double? TargetVdot, double? PredictedTimeS, double? RealisticTimeS, string Verdict,
    double? RealisticSlowestTimeS = null, string? Basis = null)
{
    public static FeasibilityRecord From(Feasibility f) =>
        new(f.Realistic, f.CurrentVdot, f.TargetVdot, f.PredictedTime?.Seconds, f.RealisticTime?.Seconds, f.Verdict, f.RealisticSlowestTime?.Seconds, f.Basis);

    public Feasibility ToFeasibility() => new(Realistic, CurrentVdot, TargetVdot, PredictedTimeS is { } p ? new Duration(p) : null,
        RealisticTimeS is { } r ? new Duration(r) : null, Verdict, RealisticSlowestTimeS is { } s ? new Duration(s) : null, Basis);
}
