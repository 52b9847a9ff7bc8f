using HybridCoach.Domain.Racing;

namespace HybridCoach.Application.Races;

/// <summary>A race on the calendar with the id the calendar gave it (for `coach race remove ID`).</summary>
public sealed record StoredRace(long Id, RaceEntry Race);
