using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Activities;

/// <summary>A lap as the source file states it. Values the file does not carry are null.</summary>
public sealed record RecordedLap(
    DateTimeOffset StartTime,
    Duration? TimerTime,
    Duration? ElapsedTime,
    Distance? Distance,
    HeartRate? AverageHeartRate,
    HeartRate? MaxHeartRate,
    Speed? AverageSpeed,
    Speed? MaxSpeed,
    double? AverageCadenceSpm,
    double? AscentM,
    double? DescentM,
    string? Trigger = null);
