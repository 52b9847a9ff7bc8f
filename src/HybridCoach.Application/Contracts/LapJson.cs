using HybridCoach.Domain.Activities;

namespace HybridCoach.Application.Contracts;

public sealed record LapJson(int Number, string StartTime, double DistanceM, double TimerTimeS, double ElapsedTimeS, double? AvgHrBpm, double? MaxHrBpm, double? AvgSpeedMps, double? AvgCadenceSpm)
{
    public static LapJson From(Lap lap) => new(
        lap.Number,
        lap.StartTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        Math.Round(lap.Distance.Meters, 2),
        Math.Round(lap.TimerTime.Seconds, 3),
        Math.Round(lap.ElapsedTime.Seconds, 3),
        lap.AverageHeartRate?.BeatsPerMinute,
        lap.MaxHeartRate?.BeatsPerMinute,
        lap.AverageSpeed is { } speed ? Math.Round(speed.MetersPerSecond, 3) : null,
        lap.AverageCadenceSpm is { } cadence ? Math.Round(cadence, 1) : null);
}
