using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Activities;

/// <summary>The totals of one activity, stated by the file where it has them and derived otherwise.</summary>
public sealed record ActivitySummary(
    DateTimeOffset StartTime,
    Sport Sport,
    string? SubSport,
    Distance Distance,
    Duration TimerTime,
    Duration ElapsedTime,
    Duration MovingTime,
    HeartRate? AverageHeartRate,
    HeartRate? MaxHeartRate,
    double? AverageCadenceSpm,
    double? AscentM,
    double? DescentM,
    Speed? AverageSpeed,
    Speed? MaxSpeed,
    string? Device,
    string? Name,
    int? Rpe = null);
