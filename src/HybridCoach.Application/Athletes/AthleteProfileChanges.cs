using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Units;

namespace HybridCoach.Application.Athletes;

/// <summary>
/// What `athlete set` changes: every null leaves the current value. Name, birth year and sex are needed
/// when there is no profile yet. Applying builds a new profile through its validating constructor.
/// </summary>
public sealed record AthleteProfileChanges(
    string? Name = null,
    int? BirthYear = null,
    Sex? Sex = null,
    double? WeightKg = null,
    int? MaxHrBpm = null,
    int? RestingHrBpm = null,
    int? LthrBpm = null,
    double? ThresholdPaceSPerKm = null,
    int? TrainingAgeYears = null,
    IReadOnlyList<DayOfWeek>? AvailableDays = null,
    DayOfWeek? LongRunDay = null,
    IReadOnlyList<DayOfWeek>? ClearDays = null,
    DistanceUnit? Units = null)
{
    public AthleteProfile ApplyTo(AthleteProfile? current)
    {
        if (current is null && (Name is null || BirthYear is null || Sex is null))
            throw new ArgumentException("athlete profile: none yet; the first one needs a name, a birth year and a sex");
        return new AthleteProfile(
            Name ?? current!.Name,
            BirthYear ?? current!.BirthYear,
            Sex ?? current!.Sex,
            WeightKg ?? current?.WeightKg,
            MaxHrBpm ?? current?.MaxHrBpm,
            RestingHrBpm ?? current?.RestingHrBpm,
            LthrBpm ?? current?.LthrBpm,
            ThresholdPaceSPerKm ?? current?.ThresholdPaceSPerKm,
            TrainingAgeYears ?? current?.TrainingAgeYears,
            current?.Injuries ?? [],
            AvailableDays ?? current?.AvailableDays ?? [],
            LongRunDay ?? current?.LongRunDay,
            ClearDays ?? current?.ClearDays ?? [],
            Units ?? current?.Units ?? DistanceUnit.Kilometers) { TimeZone = TimeZone ?? current?.TimeZone };
    }

    /// <summary>The IANA time zone, checked against the zones this machine knows (<see cref="AthleteTimeZone.Require"/>).</summary>
    public string? TimeZone { get; init => field = value is null ? null : AthleteTimeZone.Require(value, "time_zone"); }
}
