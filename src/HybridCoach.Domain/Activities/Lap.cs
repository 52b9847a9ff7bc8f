using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Activities;

/// <summary>One lap of an activity, numbered from 1.</summary>
public sealed record Lap(
    int Number,
    DateTimeOffset StartTime,
    Distance Distance,
    Duration TimerTime,
    Duration ElapsedTime,
    HeartRate? AverageHeartRate,
    HeartRate? MaxHeartRate,
    Speed? AverageSpeed,
    double? AverageCadenceSpm);
