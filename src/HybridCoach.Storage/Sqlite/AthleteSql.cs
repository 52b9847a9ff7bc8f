namespace HybridCoach.Storage.Sqlite;

/// <summary>The statements of <see cref="SqliteAthleteStore"/> (schema: Migrations/0002_athlete.sql).</summary>
internal static class AthleteSql
{
    public const string SelectProfile = """
        SELECT name, birth_year, sex, weight_kg, max_hr_bpm, resting_hr_bpm, lthr_bpm, threshold_pace_s_per_km,
               training_age_years, available_days, long_run_day, clear_days, units, time_zone
        FROM athlete_profile WHERE id = 1;
        """;

    public const string UpsertProfile = """
        INSERT OR REPLACE INTO athlete_profile (id, name, birth_year, sex, weight_kg, max_hr_bpm, resting_hr_bpm, lthr_bpm,
            threshold_pace_s_per_km, training_age_years, available_days, long_run_day, clear_days, units, time_zone)
        VALUES (1, @Name, @BirthYear, @Sex, @WeightKg, @MaxHrBpm, @RestingHrBpm, @LthrBpm,
            @ThresholdPaceSPerKm, @TrainingAgeYears, @AvailableDays, @LongRunDay, @ClearDays, @Units, @TimeZone);
        """;

    public const string SelectInjuries = "SELECT site, side, injury_date, severity, notes FROM injuries ORDER BY injury_date, id;";

    public const string InsertInjury = """
        INSERT INTO injuries (site, side, injury_date, severity, notes) VALUES (@Site, @Side, @InjuryDate, @Severity, @Notes);
        """;

    public const string InsertSignals = """
        INSERT INTO recovery_signals (signal_date, resting_hr_bpm, hrv_rmssd_ms, sleep_hours, sleep_quality, soreness,
            pain, pain_site, illness, life_stress, motivation, note)
        VALUES (@SignalDate, @RestingHrBpm, @HrvRmssdMs, @SleepHours, @SleepQuality, @Soreness,
            @Pain, @PainSite, @Illness, @LifeStress, @Motivation, @Note);
        """;

    public const string InsertSiteSoreness =
        "INSERT INTO site_soreness (signal_date, site, soreness) VALUES (@SignalDate, @Site, @Soreness);";

    public const string SelectSignals = """
        SELECT signal_date, resting_hr_bpm, hrv_rmssd_ms, sleep_hours, sleep_quality, soreness, pain, pain_site,
               illness, life_stress, motivation, note
        FROM recovery_signals WHERE signal_date BETWEEN @From AND @To ORDER BY signal_date;
        """;

    public const string SelectSiteSoreness =
        "SELECT signal_date, site, soreness FROM site_soreness WHERE signal_date BETWEEN @From AND @To;";
}
