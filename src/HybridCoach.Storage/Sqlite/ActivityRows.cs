namespace HybridCoach.Storage.Sqlite;

// Dapper targets for the activity tables; properties match the columns with underscores removed
// (Dapper's MatchNamesWithUnderscores, set by SqliteActivityStore). Only used inside this assembly.

internal sealed class ActivityRow
{
    public long Id { get; set; }
    public string StartTimeUtc { get; set; } = "";
    public long UtcOffsetMin { get; set; }
    public string Sport { get; set; } = "";
    public string? SubSport { get; set; }
    public double DistanceM { get; set; }
    public double TimerTimeS { get; set; }
    public double ElapsedTimeS { get; set; }
    public double MovingTimeS { get; set; }
    public double? AvgHrBpm { get; set; }
    public double? MaxHrBpm { get; set; }
    public double? AvgCadenceSpm { get; set; }
    public double? AscentM { get; set; }
    public double? DescentM { get; set; }
    public double? AvgSpeedMps { get; set; }
    public double? MaxSpeedMps { get; set; }
    public string? Device { get; set; }
    public string? Name { get; set; }
    public long? Rpe { get; set; }
    public string SourceFile { get; set; } = "";
    public string SourceFormat { get; set; } = "";
    public string ContentSha256 { get; set; } = "";
}

internal sealed class LapRow
{
    public long LapNumber { get; set; }
    public string StartTimeUtc { get; set; } = "";
    public double DistanceM { get; set; }
    public double TimerTimeS { get; set; }
    public double ElapsedTimeS { get; set; }
    public double? AvgHrBpm { get; set; }
    public double? MaxHrBpm { get; set; }
    public double? AvgSpeedMps { get; set; }
    public double? AvgCadenceSpm { get; set; }
}

internal sealed class SplitRow
{
    public string Unit { get; set; } = "";
    public long SplitNumber { get; set; }
    public double DistanceM { get; set; }
    public double TimeS { get; set; }
    public double? AvgHrBpm { get; set; }
    public double? ElevationGainM { get; set; }
}

internal sealed class BestEffortRow
{
    public string EffortId { get; set; } = "";
    public double DistanceM { get; set; }
    public double TimeS { get; set; }
    public double StartOffsetS { get; set; }
}

internal sealed class CandidateRow
{
    public long Id { get; set; }
    public string StartTimeUtc { get; set; } = "";
    public double DistanceM { get; set; }
}

/// <summary>An activity's notes with what dates them (start and UTC offset), for the escalation rules.</summary>
internal sealed class ActivityNoteRow
{
    public long Id { get; set; }
    public string StartTimeUtc { get; set; } = "";
    public long UtcOffsetMin { get; set; }
    public string Notes { get; set; } = "";
}
