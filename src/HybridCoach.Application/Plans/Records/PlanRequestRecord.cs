using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Units;

namespace HybridCoach.Application.Plans.Records;

/// <summary>The stored form of a <see cref="PlanRequest"/> (the plans table's request_json), so a plan can be validated again later.</summary>
public sealed record PlanRequestRecord(
    AthleteFitnessRecord Fitness,
    RaceEntryRecord GoalRace,
    double? TargetTimeS,
    IReadOnlyList<RaceEntryRecord> OtherRaces,
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
    public static PlanRequestRecord From(PlanRequest r) => new(AthleteFitnessRecord.From(r.Fitness), RaceEntryRecord.From(r.GoalRace),
        r.TargetTime?.Seconds, [.. r.OtherRaces.Select(RaceEntryRecord.From)], r.Start, r.CycleDays, [.. r.AvailableDays], r.LongRunDay,
        [.. r.ClearDays], r.StrengthAndConditioning, [.. r.Equipment], r.RunnerType, r.Units, r.RaceSpecificPercentages);

    public PlanRequest ToRequest() => new(Fitness.ToFitness(), GoalRace.ToRace(), TargetTimeS is { } s ? new Duration(s) : null,
        [.. (OtherRaces ?? []).Select(r => r.ToRace())], Start, CycleDays, AvailableDays ?? [], LongRunDay, ClearDays ?? [],
        StrengthAndConditioning, Equipment ?? [], RunnerType, Units, RaceSpecificPercentages);
}
