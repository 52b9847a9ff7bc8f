using System.Data.Common;
using Dapper;
using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Units;

namespace HybridCoach.Storage.Sqlite;

/// <summary>Writes one activity's rows inside a transaction the caller owns (and commits or rolls back).</summary>
internal sealed class ActivityWriter(DbConnection connection, DbTransaction? transaction, ISqlDialect dialect, Action<ActivityWriteStep, DbConnection>? beforeStep)
{
    private const string InsertActivity = """
        INSERT INTO activities (start_time_utc, utc_offset_min, sport, sub_sport, distance_m, timer_time_s,
            elapsed_time_s, moving_time_s, avg_hr_bpm, max_hr_bpm, avg_cadence_spm, ascent_m, descent_m,
            avg_speed_mps, max_speed_mps, device, name, rpe, source_file, source_format, content_sha256, imported_at)
        VALUES (@StartTimeUtc, @UtcOffsetMin, @Sport, @SubSport, @DistanceM, @TimerTimeS,
            @ElapsedTimeS, @MovingTimeS, @AvgHrBpm, @MaxHrBpm, @AvgCadenceSpm, @AscentM, @DescentM,
            @AvgSpeedMps, @MaxSpeedMps, @Device, @Name, @Rpe, @SourceFile, @SourceFormat, @ContentSha256, @ImportedAt);
        """;

    private const string InsertLap = """
        INSERT INTO laps (activity_id, lap_number, start_time_utc, distance_m, timer_time_s, elapsed_time_s,
            avg_hr_bpm, max_hr_bpm, avg_speed_mps, avg_cadence_spm)
        VALUES (@ActivityId, @LapNumber, @StartTimeUtc, @DistanceM, @TimerTimeS, @ElapsedTimeS,
            @AvgHrBpm, @MaxHrBpm, @AvgSpeedMps, @AvgCadenceSpm);
        """;

    private const string InsertSplit = """
        INSERT INTO splits (activity_id, unit, split_number, distance_m, time_s, avg_hr_bpm, elevation_gain_m)
        VALUES (@ActivityId, @Unit, @SplitNumber, @DistanceM, @TimeS, @AvgHrBpm, @ElevationGainM);
        """;

    private const string InsertBestEffort = """
        INSERT INTO best_efforts (activity_id, effort_id, distance_m, time_s, start_offset_s)
        VALUES (@ActivityId, @EffortId, @DistanceM, @TimeS, @StartOffsetS);
        """;

    public async Task<long> InsertAsync(Activity activity, DateTimeOffset importedAt)
    {
        beforeStep?.Invoke(ActivityWriteStep.Summary, connection);
        var s = activity.Summary;
        await connection.ExecuteAsync(InsertActivity, new
        {
            StartTimeUtc = dialect.ToDbTime(s.StartTime),
            UtcOffsetMin = (int)Math.Round(s.StartTime.Offset.TotalMinutes),
            Sport = s.Sport.ToId(),
            s.SubSport,
            DistanceM = s.Distance.Meters,
            TimerTimeS = s.TimerTime.Seconds,
            ElapsedTimeS = s.ElapsedTime.Seconds,
            MovingTimeS = s.MovingTime.Seconds,
            AvgHrBpm = s.AverageHeartRate?.BeatsPerMinute,
            MaxHrBpm = s.MaxHeartRate?.BeatsPerMinute,
            AvgCadenceSpm = s.AverageCadenceSpm,
            s.AscentM,
            s.DescentM,
            AvgSpeedMps = s.AverageSpeed?.MetersPerSecond,
            MaxSpeedMps = s.MaxSpeed?.MetersPerSecond,
            s.Device,
            s.Name,
            s.Rpe,
            SourceFile = activity.Source.FileName,
            SourceFormat = activity.Source.Format,
            activity.Source.ContentSha256,
            ImportedAt = dialect.ToDbTime(importedAt),
        }, transaction);
        var id = await connection.ExecuteScalarAsync<long>(dialect.LastInsertedId, transaction: transaction);

        beforeStep?.Invoke(ActivityWriteStep.Laps, connection);
        await connection.ExecuteAsync(InsertLap, activity.Laps.Select(l => new
        {
            ActivityId = id,
            LapNumber = l.Number,
            StartTimeUtc = dialect.ToDbTime(l.StartTime),
            DistanceM = l.Distance.Meters,
            TimerTimeS = l.TimerTime.Seconds,
            ElapsedTimeS = l.ElapsedTime.Seconds,
            AvgHrBpm = l.AverageHeartRate?.BeatsPerMinute,
            MaxHrBpm = l.MaxHeartRate?.BeatsPerMinute,
            AvgSpeedMps = l.AverageSpeed?.MetersPerSecond,
            AvgCadenceSpm = l.AverageCadenceSpm,
        }), transaction);

        beforeStep?.Invoke(ActivityWriteStep.Splits, connection);
        await connection.ExecuteAsync(InsertSplit, activity.KilometerSplits.Concat(activity.MileSplits).Select(p => new
        {
            ActivityId = id,
            Unit = SplitUnit.ToId(p.Length),
            SplitNumber = p.Number,
            DistanceM = p.Distance.Meters,
            TimeS = p.Time.Seconds,
            AvgHrBpm = p.AverageHeartRate?.BeatsPerMinute,
            p.ElevationGainM,
        }), transaction);

        beforeStep?.Invoke(ActivityWriteStep.BestEfforts, connection);
        await connection.ExecuteAsync(InsertBestEffort, activity.BestEfforts.Select(e => new
        {
            ActivityId = id,
            EffortId = e.Id,
            DistanceM = e.Distance.Meters,
            TimeS = e.Time.Seconds,
            StartOffsetS = e.StartOffset.Seconds,
        }), transaction);

        beforeStep?.Invoke(ActivityWriteStep.Samples, connection);
        await SampleRows.InsertAsync(connection, transaction, id, activity.Samples);
        beforeStep?.Invoke(ActivityWriteStep.Commit, connection);
        return id;
    }
}
