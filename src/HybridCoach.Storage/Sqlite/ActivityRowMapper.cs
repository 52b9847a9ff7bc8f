using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Units;

namespace HybridCoach.Storage.Sqlite;

/// <summary>Turns stored rows back into domain values; times come back in the activity's own UTC offset.</summary>
internal sealed class ActivityRowMapper(ISqlDialect dialect)
{
    public TimeSpan Offset(ActivityRow row) => TimeSpan.FromMinutes(row.UtcOffsetMin);

    public ActivitySummary Summary(ActivityRow row) => new(
        StartTime: Local(row.StartTimeUtc, Offset(row)),
        Sport: SportExtensions.ParseSport(row.Sport) ?? Sport.Other,
        SubSport: row.SubSport,
        Distance: new Distance(row.DistanceM),
        TimerTime: new Duration(row.TimerTimeS),
        ElapsedTime: new Duration(row.ElapsedTimeS),
        MovingTime: new Duration(row.MovingTimeS),
        AverageHeartRate: Hr(row.AvgHrBpm),
        MaxHeartRate: Hr(row.MaxHrBpm),
        AverageCadenceSpm: row.AvgCadenceSpm,
        AscentM: row.AscentM,
        DescentM: row.DescentM,
        AverageSpeed: SpeedOf(row.AvgSpeedMps),
        MaxSpeed: SpeedOf(row.MaxSpeedMps),
        Device: row.Device,
        Name: row.Name,
        Rpe: row.Rpe is { } rpe ? (int)rpe : null);

    public static ActivitySource Source(ActivityRow row) => new(row.SourceFile, row.SourceFormat, row.ContentSha256);

    public Lap Lap(LapRow row, TimeSpan offset) => new(
        (int)row.LapNumber,
        Local(row.StartTimeUtc, offset),
        new Distance(row.DistanceM),
        new Duration(row.TimerTimeS),
        new Duration(row.ElapsedTimeS),
        Hr(row.AvgHrBpm),
        Hr(row.MaxHrBpm),
        SpeedOf(row.AvgSpeedMps),
        row.AvgCadenceSpm);

    public static Split Split(SplitRow row) => new(
        (int)row.SplitNumber,
        SplitUnit.Parse(row.Unit),
        new Distance(row.DistanceM),
        new Duration(row.TimeS),
        Hr(row.AvgHrBpm),
        row.ElevationGainM);

    public static BestEffort BestEffort(BestEffortRow row) =>
        new(row.EffortId, new Distance(row.DistanceM), new Duration(row.TimeS), new Duration(row.StartOffsetS));

    public DateTimeOffset Utc(string text) => dialect.FromDbTime(text);

    private DateTimeOffset Local(string utcText, TimeSpan offset) => dialect.FromDbTime(utcText).ToOffset(offset);

    private static HeartRate? Hr(double? bpm) => bpm is { } v ? new HeartRate(v) : null;

    private static Speed? SpeedOf(double? mps) => mps is { } v ? new Speed(v) : null;
}
