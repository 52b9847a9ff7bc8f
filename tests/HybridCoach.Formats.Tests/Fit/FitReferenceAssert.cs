using System.Text.Json;
using HybridCoach.Formats.Fit;
using HybridCoach.Formats.Fit.Reading;
using Xunit;

namespace HybridCoach.Formats.Tests.Fit;

/// <summary>Compares our message-mode values with a fitsdk.json session or record, within unit-conversion tolerance.</summary>
public static class FitReferenceAssert
{
    public static void SessionMatches(JsonElement expected, FitMessage session)
    {
        if (FitSdkReference.Text(expected, "sport") is { } sport)
            Assert.Equal(SnakeCase(sport), FitSportNames.Sport((long)session.GetDouble("sport")!.Value));
        if (FitSdkReference.Text(expected, "start_time") is { } start)
            Assert.Equal(DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
                FitTime.ToDateTimeOffset(session.GetDouble("start_time")!.Value));
        foreach (var name in new[] { "total_elapsed_time", "total_timer_time", "total_distance", "avg_heart_rate",
                     "max_heart_rate", "total_ascent", "total_descent" })
        {
            Close(FitSdkReference.Number(expected, name), session.GetDouble(name), name);
        }
        Close(FitSdkReference.Number(expected, "enhanced_avg_speed") ?? FitSdkReference.Number(expected, "avg_speed"),
            session.GetDouble("enhanced_avg_speed") ?? session.GetDouble("avg_speed"), "avg_speed");
    }

    public static void RecordMatches(JsonElement expected, FitMessage record, bool compareHeartRate = true)
    {
        Close(FitSdkReference.Number(expected, "timestamp_fit"), record.GetDouble("timestamp"), "timestamp");
        foreach (var name in new[] { "position_lat", "position_long", "distance", "heart_rate", "power" })
        {
            if (name == "heart_rate" && !compareHeartRate) continue;
            Close(FitSdkReference.Number(expected, name), record.GetDouble(name), name);
        }
        Close(FitSdkReference.Number(expected, "enhanced_speed") ?? FitSdkReference.Number(expected, "speed"),
            record.GetDouble("enhanced_speed") ?? record.GetDouble("speed"), "speed");
        Close(FitSdkReference.Number(expected, "enhanced_altitude") ?? FitSdkReference.Number(expected, "altitude"),
            record.GetDouble("enhanced_altitude") ?? record.GetDouble("altitude"), "altitude");
        Close(FitSdkReference.Number(expected, "cadence"), record.GetDouble("cadence"), "cadence");
    }

    private static void Close(double? expected, double? actual, string what)
    {
        if (expected is null)
        {
            Assert.True(actual is null, $"{what}: expected no value, got {actual}");
            return;
        }
        Assert.True(actual is not null, $"{what}: expected {expected}, got none");
        Assert.True(Math.Abs(expected.Value - actual!.Value) <= 1e-6 * Math.Max(1, Math.Abs(expected.Value)),
            $"{what}: expected {expected}, got {actual}");
    }

    /// <summary>The SDK writes enum strings in camelCase ("fitnessEquipment"); the profile's names are snake_case.</summary>
    public static string SnakeCase(string camel) =>
        string.Concat(camel.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
