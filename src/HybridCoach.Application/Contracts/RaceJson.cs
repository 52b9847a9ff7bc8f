using HybridCoach.Application.Races;

namespace HybridCoach.Application.Contracts;

/// <summary>One calendar race in `coach race add|list --json`.</summary>
public sealed record RaceJson(long Id, string Date, string Name, double DistanceM, string Priority)
{
    public static RaceJson From(StoredRace r) =>
        new(r.Id, RecoverySignalsJson.DateText(r.Race.Date), r.Race.Name, r.Race.Distance.Meters, r.Race.Priority.ToString());
}
