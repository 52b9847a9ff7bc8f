using System.Data.Common;
using Dapper;
using HybridCoach.Domain.Activities;
using HybridCoach.Storage.Samples;

namespace HybridCoach.Storage.Sqlite;

/// <summary>Reads and writes the one samples row of an activity (see <see cref="SampleColumnLayout"/>).</summary>
internal static class SampleRows
{
    private const string Insert = """
        INSERT INTO samples (activity_id, sample_count, timestamps_ms, distance_m, latitude_deg, longitude_deg,
            altitude_m, speed_mps, heart_rate_bpm, cadence_spm, power_w, temperature_c,
            vertical_oscillation_mm, ground_contact_time_ms)
        VALUES (@activity_id, @sample_count, @timestamps_ms, @distance_m, @latitude_deg, @longitude_deg,
            @altitude_m, @speed_mps, @heart_rate_bpm, @cadence_spm, @power_w, @temperature_c,
            @vertical_oscillation_mm, @ground_contact_time_ms);
        """;

    private const string Select = """
        SELECT sample_count, timestamps_ms, distance_m, latitude_deg, longitude_deg, altitude_m, speed_mps,
            heart_rate_bpm, cadence_spm, power_w, temperature_c, vertical_oscillation_mm, ground_contact_time_ms
        FROM samples WHERE activity_id = @ActivityId;
        """;

    public static async Task InsertAsync(DbConnection connection, DbTransaction transaction, long activityId, SampleSeries samples)
    {
        var parameters = new DynamicParameters();
        parameters.Add("activity_id", activityId);
        parameters.Add("sample_count", samples.Count);
        parameters.Add(SampleColumnLayout.TimestampsColumn, SampleColumnCodec.EncodeTimestamps(samples.TimestampsMs));
        foreach (var channel in SampleColumnLayout.Channels)
        {
            var blob = samples.Has(channel)
                ? SampleColumnCodec.EncodeValues(samples.Column(channel), SampleColumnLayout.Decimals(channel))
                : null;
            parameters.Add(SampleColumnLayout.ColumnName(channel), blob, System.Data.DbType.Binary);
        }
        await connection.ExecuteAsync(Insert, parameters, transaction);
    }

    public static async Task<SampleSeries> ReadAsync(DbConnection connection, long activityId)
    {
        var row = (IDictionary<string, object?>?)await connection.QuerySingleOrDefaultAsync(Select, new { ActivityId = activityId });
        if (row is null) return SampleSeries.Empty;
        var timestamps = SampleColumnCodec.DecodeTimestamps((byte[])row[SampleColumnLayout.TimestampsColumn]!);
        var columns = new double[]?[SampleSeries.ChannelCount];
        foreach (var channel in SampleColumnLayout.Channels)
        {
            if (row[SampleColumnLayout.ColumnName(channel)] is byte[] blob)
                columns[(int)channel] = SampleColumnCodec.DecodeValues(blob);
        }
        return new SampleSeries(timestamps, columns);
    }
}
