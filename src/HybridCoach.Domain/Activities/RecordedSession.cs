using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Activities;

/// <summary>
/// A session as the source file states it (a FIT session message, a TCX Activity, a GPX track).
/// Values the file does not carry are null; <see cref="ActivityFactory"/> derives them from samples.
/// </summary>
public sealed record RecordedSession(
    Sport Sport,
    string? SubSport,
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
    double? Calories = null);
