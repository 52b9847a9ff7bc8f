namespace HybridCoach.Domain.Load;

/// <summary>
/// One easy run's point of the trend: its day, its moving mean speed, the time and mean speed of its samples
/// at easy pace, their time-weighted mean HR, and that HR normalised to the reference speed (same as the mean
/// HR when no reference is set).
/// </summary>
public sealed record EasyRunHeartRate(
    DateOnly Day,
    double MeanSpeedMps,
    double EasyTimeS,
    double EasySpeedMps,
    double EasyHeartRateBpm,
    double TrendHeartRateBpm);
