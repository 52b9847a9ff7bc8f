using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Racing;

/// <summary>A race on the athlete's calendar (past or coming): local date, name, distance and priority.</summary>
public sealed record RaceEntry(DateOnly Date, string Name, Distance Distance, RacePriority Priority)
{
    public string Name { get; } = string.IsNullOrWhiteSpace(Name) ? throw new ArgumentException("race_name: must not be empty")
        : AthleteGuard.Text(Name.Trim(), 200, "race_name")!;
    public Distance Distance { get; } = Distance.Meters is > 0 and <= 1_000_000 ? Distance
        : throw new ArgumentException(FormattableString.Invariant($"race_distance {Distance.Meters} m: expected more than 0 and at most 1000 km"));
}
