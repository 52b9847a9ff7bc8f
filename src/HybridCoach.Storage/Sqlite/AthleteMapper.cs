using HybridCoach.Domain.Athletes;

namespace HybridCoach.Storage.Sqlite;

/// <summary>Between the athlete records and their rows; reading goes through the validating constructors.</summary>
internal static class AthleteMapper
{
    public static ProfileRow ToRow(AthleteProfile p) => new()
    {
        Name = p.Name,
        BirthYear = p.BirthYear,
        Sex = AthleteCodes.Enum(p.Sex),
        WeightKg = p.WeightKg,
        MaxHrBpm = p.MaxHrBpm,
        RestingHrBpm = p.RestingHrBpm,
        LthrBpm = p.LthrBpm,
        ThresholdPaceSPerKm = p.ThresholdPaceSPerKm,
        TrainingAgeYears = p.TrainingAgeYears,
        AvailableDays = AthleteCodes.Days(p.AvailableDays),
        LongRunDay = p.LongRunDay is { } d ? AthleteCodes.Day(d) : null,
        ClearDays = AthleteCodes.Days(p.ClearDays),
        Units = AthleteCodes.Units(p.Units),
        TimeZone = p.TimeZone,
    };

    public static InjuryRow ToRow(Injury i) => new()
    {
        Site = i.Site,
        Side = AthleteCodes.Enum(i.Side),
        InjuryDate = AthleteCodes.Date(i.Date),
        Severity = i.Severity,
        Notes = i.Notes,
    };

    public static AthleteProfile ToProfile(ProfileRow r, IEnumerable<InjuryRow> injuries) => new(
        r.Name,
        (int)r.BirthYear,
        AthleteCodes.ParseEnum<Sex>(r.Sex),
        r.WeightKg,
        (int?)r.MaxHrBpm,
        (int?)r.RestingHrBpm,
        (int?)r.LthrBpm,
        r.ThresholdPaceSPerKm,
        (int?)r.TrainingAgeYears,
        [.. injuries.Select(i => new Injury(i.Site, AthleteCodes.ParseEnum<BodySide>(i.Side), AthleteCodes.ParseDate(i.InjuryDate), (int)i.Severity, i.Notes))],
        AthleteCodes.ParseDays(r.AvailableDays),
        r.LongRunDay is { } day ? AthleteCodes.ParseDay(day) : null,
        AthleteCodes.ParseDays(r.ClearDays),
        AthleteCodes.ParseUnits(r.Units)) { TimeZone = r.TimeZone };

    public static SignalRow ToRow(RecoverySignals s) => new()
    {
        SignalDate = AthleteCodes.Date(s.Date),
        RestingHrBpm = s.RestingHrBpm,
        HrvRmssdMs = s.HrvRmssdMs,
        SleepHours = s.SleepHours,
        SleepQuality = s.SleepQuality,
        Soreness = s.Soreness,
        Pain = s.Pain ? 1 : 0,
        PainSite = s.PainSite,
        Illness = AthleteCodes.Illness(s.Illness),
        LifeStress = s.LifeStress,
        Motivation = s.Motivation,
        Note = s.Note,
    };

    public static RecoverySignals ToSignals(SignalRow r, IEnumerable<SiteSorenessRow> sites) => new(
        AthleteCodes.ParseDate(r.SignalDate),
        (int?)r.RestingHrBpm,
        r.HrvRmssdMs,
        r.SleepHours,
        (int?)r.SleepQuality,
        (int?)r.Soreness,
        sites.ToDictionary(s => s.Site, s => (int)s.Soreness),
        r.Pain != 0,
        r.PainSite,
        AthleteCodes.ParseIllness(r.Illness),
        (int?)r.LifeStress,
        (int?)r.Motivation,
        r.Note);
}
