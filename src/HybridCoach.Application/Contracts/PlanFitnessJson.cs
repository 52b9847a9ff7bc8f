using HybridCoach.Domain.Planning;

namespace HybridCoach.Application.Contracts;

/// <summary>The fitness a plan was built from: weekly distance and longest run of the recent weeks, threshold pace, VDOT, LTHR, history days with load.</summary>
public sealed record PlanFitnessJson(double WeeklyDistanceM, double LongestRunM, double ThresholdPaceSPerKm, double? Vdot, double? LthrBpm, int HistoryLoadCount)
{
    public static PlanFitnessJson From(AthleteFitness f) => new(f.WeeklyDistanceM, f.LongestRunM, f.ThresholdPace.SecondsPerKilometer, f.Vdot,
        f.LactateThresholdHeartRate?.BeatsPerMinute, f.HistoryLoads?.Count ?? 0);
}
