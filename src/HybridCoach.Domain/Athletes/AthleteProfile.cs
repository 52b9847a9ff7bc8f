using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Athletes;

/// <summary>
/// Who the athlete is and how they can train. The constructor validates every value (ranges are sanity
/// bounds against typos, not physiology) and the relations between them; failures are
/// <see cref="ArgumentException"/>s naming the field. The threshold pace here is the one the athlete set.
/// </summary>
public sealed record AthleteProfile(
    string Name,
    int BirthYear,
    Sex Sex,
    double? WeightKg,
    int? MaxHrBpm,
    int? RestingHrBpm,
    int? LthrBpm,
    double? ThresholdPaceSPerKm,
    int? TrainingAgeYears,
    IReadOnlyList<Injury> Injuries,
    IReadOnlyList<DayOfWeek> AvailableDays,
    DayOfWeek? LongRunDay,
    IReadOnlyList<DayOfWeek> ClearDays,
    DistanceUnit Units)
{
    public string Name { get; } = ValidName(Name);
    public int BirthYear { get; } = AthleteGuard.Range(BirthYear, 1900, 2100, "birth_year");
    public double? WeightKg { get; } = AthleteGuard.Range(WeightKg, 20, 300, "weight_kg");
    public int? MaxHrBpm { get; } = AthleteGuard.Range(MaxHrBpm, 100, 240, "max_hr_bpm");
    public int? RestingHrBpm { get; } = AthleteGuard.Range(RestingHrBpm, 25, 120, "resting_hr_bpm");
    public int? LthrBpm { get; } = AthleteGuard.Range(LthrBpm, 80, 230, "lthr_bpm");
    public double? ThresholdPaceSPerKm { get; } = AthleteGuard.Range(ThresholdPaceSPerKm, FastestThresholdPaceSPerKm, 900, "threshold_pace_s_per_km");

    /// <summary>Threshold pace is about the pace of a one-hour race; none is faster than the half-marathon world record's 2:43.5/km (57:30, Performance.WorldRecords).</summary>
    public const double FastestThresholdPaceSPerKm = 163.5;
    public int? TrainingAgeYears { get; } = AthleteGuard.Range(TrainingAgeYears, 0, 80, "training_age_years");
    public IReadOnlyList<Injury> Injuries { get; } = [.. Injuries ?? throw new ArgumentException("injuries: must not be null")];
    public IReadOnlyList<DayOfWeek> AvailableDays { get; } = Distinct(AvailableDays, "available_days");
    public IReadOnlyList<DayOfWeek> ClearDays { get; } = Distinct(ClearDays, "clear_days");
    public DayOfWeek? LongRunDay { get; } = CheckRelations(RestingHrBpm, LthrBpm, MaxHrBpm, AvailableDays, LongRunDay, ClearDays);

    /// <summary>
    /// The athlete's IANA time zone (e.g. "Europe/Paris"), which decides their "today" in the web app; null means UTC.
    /// The domain keeps the name (shape checked here); the application checks that the zone exists.
    /// </summary>
    public string? TimeZone { get; init => field = ValidTimeZone(value); }

    private static string? ValidTimeZone(string? zone)
    {
        if (zone is null) return null;
        var trimmed = zone.Trim();
        if (trimmed.Length is 0 or > 64 || !trimmed.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '_' or '-' or '+'))
            throw new InvalidFieldException("time_zone", $"time_zone '{zone}': expected an IANA name such as Europe/Paris");
        return trimmed;
    }

    private static string ValidName(string? name)
    {
        var trimmed = (name ?? "").Trim();
        if (trimmed.Length is 0 or > 100) throw new ArgumentException($"name '{name}': expected 1 to 100 characters");
        return trimmed;
    }

    private static DayOfWeek[] Distinct(IReadOnlyList<DayOfWeek>? days, string field)
    {
        if (days is null) throw new ArgumentException($"{field}: must not be null");
        if (days.Distinct().Count() != days.Count) throw new ArgumentException($"{field}: a day is listed twice");
        return [.. days.OrderBy(d => ((int)d + 6) % 7)];
    }

    /// <summary>Returns the long-run day once resting &lt; LTHR &lt; max HR and the day lists agree.</summary>
    private static DayOfWeek? CheckRelations(int? resting, int? lthr, int? max, IReadOnlyList<DayOfWeek> available, DayOfWeek? longRun, IReadOnlyList<DayOfWeek> clear)
    {
        if (resting >= lthr) throw new ArgumentException($"resting_hr_bpm {resting}: must be below lthr_bpm {lthr}");
        if (resting >= max) throw new ArgumentException($"resting_hr_bpm {resting}: must be below max_hr_bpm {max}");
        if (lthr >= max) throw new ArgumentException($"lthr_bpm {lthr}: must be below max_hr_bpm {max}");
        foreach (var both in (available ?? []).Intersect(clear ?? []))
            throw new ArgumentException($"clear_days {both}: is also an available day");
        if (longRun is { } day && clear?.Contains(day) == true) throw new ArgumentException($"long_run_day {day}: is a day kept clear");
        if (longRun is { } d && available?.Count > 0 && !available.Contains(d))
            throw new ArgumentException($"long_run_day {d}: is not an available day");
        return longRun;
    }
}
