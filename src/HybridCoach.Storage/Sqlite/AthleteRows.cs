namespace HybridCoach.Storage.Sqlite;

/// <summary>Dapper row for athlete_profile (column names map with underscores).</summary>
internal sealed class ProfileRow
{
    public string Name { get; set; } = "";
    public long BirthYear { get; set; }
    public string Sex { get; set; } = "";
    public double? WeightKg { get; set; }
    public long? MaxHrBpm { get; set; }
    public long? RestingHrBpm { get; set; }
    public long? LthrBpm { get; set; }
    public double? ThresholdPaceSPerKm { get; set; }
    public long? TrainingAgeYears { get; set; }
    public string AvailableDays { get; set; } = "";
    public string? LongRunDay { get; set; }
    public string ClearDays { get; set; } = "";
    public string Units { get; set; } = "";
    public string? TimeZone { get; set; }
}

internal sealed class InjuryRow
{
    public string Site { get; set; } = "";
    public string Side { get; set; } = "";
    public string InjuryDate { get; set; } = "";
    public long Severity { get; set; }
    public string? Notes { get; set; }
}

internal sealed class SignalRow
{
    public string SignalDate { get; set; } = "";
    public long? RestingHrBpm { get; set; }
    public double? HrvRmssdMs { get; set; }
    public double? SleepHours { get; set; }
    public long? SleepQuality { get; set; }
    public long? Soreness { get; set; }
    public long Pain { get; set; }
    public string? PainSite { get; set; }
    public string Illness { get; set; } = "";
    public long? LifeStress { get; set; }
    public long? Motivation { get; set; }
    public string? Note { get; set; }
}

internal sealed class SiteSorenessRow
{
    public string SignalDate { get; set; } = "";
    public string Site { get; set; } = "";
    public long Soreness { get; set; }
}
