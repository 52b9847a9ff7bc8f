using HybridCoach.Domain.Racing;
using HybridCoach.Domain.Units;

namespace HybridCoach.Application.Plans.Records;

/// <summary>A race in a stored plan request.</summary>
public sealed record RaceEntryRecord(DateOnly Date, string Name, double DistanceM, RacePriority Priority)
{
    public static RaceEntryRecord From(RaceEntry r) => new(r.Date, r.Name, r.Distance.Meters, r.Priority);

    public RaceEntry ToRace() => new(Date, Name, new Distance(DistanceM), Priority);
}
