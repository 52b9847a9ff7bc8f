using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Racing;

namespace HybridCoach.Application.Plans;

/// <summary>
/// The runner-type preset when none is asked for: a training age under <see cref="BeginnerBelowYears"/> year is a
/// beginner; an athlete of <see cref="MastersFromAge"/> or more (in the plan's start year) is masters (the usual
/// masters age category in running, e.g. World Athletics masters from 35; we use 50, where coaching texts add the
/// extra rest); otherwise a season with B or C races is multi-race, else the goal distance decides: up to 10 km
/// 5K/10K racer, half marathon and longer marathoner. Product rules.
/// </summary>
public static class DefaultRunnerType
{
    public const int BeginnerBelowYears = 1;
    public const int MastersFromAge = 50;
    public const double MarathonerFromM = 21_000;

    public static RunnerType For(AthleteProfile? athlete, RaceEntry goal, IReadOnlyList<RaceEntry> otherRaces, DateOnly start)
    {
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(otherRaces);
        if (athlete?.TrainingAgeYears is { } years && years < BeginnerBelowYears) return RunnerType.Beginner;
        if (athlete is not null && start.Year - athlete.BirthYear >= MastersFromAge) return RunnerType.Masters;
        if (otherRaces.Any(r => r.Priority is RacePriority.B or RacePriority.C)) return RunnerType.MultiRace;
        return goal.Distance.Meters >= MarathonerFromM ? RunnerType.Marathoner : RunnerType.FiveTenKRacer;
    }
}
