using HybridCoach.Domain.Racing;
using HybridCoach.Domain.Units;

namespace HybridCoach.Application.Coaching.Records;

/// <summary>A race added at a check-in, kept with a held proposal so that approving it adds the race to the plan's request too.</summary>
public sealed record AddedRaceRecord(DateOnly Date, string Name, double DistanceM, string Priority)
{
    public static AddedRaceRecord From(RaceEntry race) => new(race.Date, race.Name, race.Distance.Meters, race.Priority.ToString());

    public RaceEntry ToRace() => new(Date, Name, new Distance(DistanceM), Enum.Parse<RacePriority>(Priority, ignoreCase: true));
}
