using System.Data.Common;
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

    public static async Task InsertAsync(DbConnection connection, DbTransaction? transaction, long activityId, SampleSeries samples)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Insert;
        Add(command, "activity_id", activityId, System.Data.DbType.Int64);
        Add(command, "sample_count", samples.Count, System.Data.DbType.Int32);
        Add(command, SampleColumnLayout.TimestampsColumn, SampleColumnCodec.EncodeTimestamps(samples.TimestampsMs), System.Data.DbType.Binary);
        foreach (var channel in SampleColumnLayout.Channels)
        {
            var blob = samples.Has(channel)
                ? SampleColumnCodec.EncodeValues(samples.Column(channel), SampleColumnLayout.Decimals(channel))
                : null;
            Add(command, SampleColumnLayout.ColumnName(channel), blob, System.Data.DbType.Binary);
        }
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<SampleSeries> ReadAsync(DbConnection connection, long activityId)
    {
        // Plain ADO.NET rather than Dapper: the columns are read by name into a series, with no row type to map.
        await using var command = connection.CreateCommand();
        command.CommandText = Select;
        Add(command, "ActivityId", activityId, System.Data.DbType.Int64);
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync()) return SampleSeries.Empty;
        var timestamps = SampleColumnCodec.DecodeTimestamps((byte[])reader[SampleColumnLayout.TimestampsColumn]);
        var columns = new double[]?[SampleSeries.ChannelCount];
        foreach (var channel in SampleColumnLayout.Channels)
        {
            if (reader[SampleColumnLayout.ColumnName(channel)] is byte[] blob)
                columns[(int)channel] = SampleColumnCodec.DecodeValues(blob);
        }
        return new SampleSeries(timestamps, columns);
    }

    private static void Add(DbCommand command, string name, object? value, System.Data.DbType type)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@" + name;
        parameter.DbType = type;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}
