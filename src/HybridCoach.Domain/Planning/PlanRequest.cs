using HybridCoach.Domain.Racing;
using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Planning;

/// <summary>
/// Everything a season plan is built from: the athlete's fitness, the goal race (priority A) with an optional
/// target time, other races (B: mini-taper, C: trained through), the first day, the microcycle length (7 by
/// default; 9 for a "workout, easy, easy" rhythm; 7–14 allowed), the available days, long-run day and days
/// kept clear, strength &amp; conditioning with equipment, the runner-type preset, display units, and whether
/// final-phase work is expressed as percentages of goal race pace.
/// </summary>
public sealed record PlanRequest(
    AthleteFitness Fitness,
    RaceEntry GoalRace,
    Duration? TargetTime,
    IReadOnlyList<RaceEntry> OtherRaces,
    DateOnly Start,
    int CycleDays,
    IReadOnlyList<DayOfWeek> AvailableDays,
    DayOfWeek? LongRunDay,
    IReadOnlyList<DayOfWeek> ClearDays,
    bool StrengthAndConditioning,
    IReadOnlyList<Equipment> Equipment,
    RunnerType RunnerType,
    DistanceUnit Units,
    bool RaceSpecificPercentages)
{
    public const int MinCycleDays = 7;
    public const int MaxCycleDays = 14;

    public int CycleDays { get; } = CycleDays is >= MinCycleDays and <= MaxCycleDays ? CycleDays
        : throw new ArgumentException($"cycle_days {CycleDays}: expected {MinCycleDays} to {MaxCycleDays}");

    public RaceEntry GoalRace { get; } = GoalRace.Date > Start ? GoalRace
        : throw new ArgumentException($"goal race {GoalRace.Date:yyyy-MM-dd}: must be after the plan start {Start:yyyy-MM-dd}");
}
