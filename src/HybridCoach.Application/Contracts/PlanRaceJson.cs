using HybridCoach.Domain.Racing;

namespace HybridCoach.Application.Contracts;

/// <summary>A race in a plan: date, name, distance and priority.</summary>
public sealed record PlanRaceJson(string Date, string Name, double DistanceM, string Priority)
{
    public static PlanRaceJson From(RaceEntry r) => new(RecoverySignalsJson.DateText(r.Date), r.Name, r.Distance.Meters, r.Priority.ToString());
}
