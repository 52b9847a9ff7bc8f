using HybridCoach.Application.Athletes;
using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Units;

namespace HybridCoach.Application.Contracts;

/// <summary>`coach athlete show|set --json`: the profile with units in the names; days as "mon".."sun".</summary>
public sealed record AthleteProfileJson(
    string Athlete,
    string Name,
    int BirthYear,
    string Sex,
    double? WeightKg,
    int? MaxHrBpm,
    int? RestingHrBpm,
    int? LthrBpm,
    double? ThresholdPaceSPerKm,
    int? TrainingAgeYears,
    IReadOnlyList<string> AvailableDays,
    string? LongRunDay,
    IReadOnlyList<string> ClearDays,
    string Units,
    IReadOnlyList<InjuryJson> Injuries,
    ThresholdEstimateJson? ThresholdPaceEstimate = null)
{
    /// <summary>The IANA time zone that decides the athlete's today; null means UTC.</summary>
    public string? TimeZone { get; init; }

    public static AthleteProfileJson From(string athlete, AthleteProfile p) => new(
        athlete,
        p.Name,
        p.BirthYear,
        p.Sex == Domain.Athletes.Sex.Female ? "female" : "male",
        p.WeightKg,
        p.MaxHrBpm,
        p.RestingHrBpm,
        p.LthrBpm,
        p.ThresholdPaceSPerKm is { } t ? Math.Round(t, 2) : null,
        p.TrainingAgeYears,
        [.. p.AvailableDays.Select(AthleteText.DayCode)],
        p.LongRunDay is { } d ? AthleteText.DayCode(d) : null,
        [.. p.ClearDays.Select(AthleteText.DayCode)],
        p.Units == DistanceUnit.Miles ? "mi" : "km",
        [.. p.Injuries.Select(InjuryJson.From)]) { TimeZone = p.TimeZone };
}

public sealed record InjuryJson(string Site, string Side, string Date, int Severity, string? Notes)
{
    public static InjuryJson From(Injury i) =>
        new(i.Site, i.Side.ToString().ToLowerInvariant(), i.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), i.Severity, i.Notes);
}
