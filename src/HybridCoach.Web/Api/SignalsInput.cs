namespace HybridCoach.Web.Api;

/// <summary>The body of POST /api/signals (snake_case; every field optional but the day defaults to today).</summary>
public sealed record SignalsInput(
    string? Date,
    int? RestingHrBpm,
    double? HrvRmssdMs,
    double? SleepHours,
    int? SleepQuality,
    int? Soreness,
    Dictionary<string, int>? SorenessBySite,
    bool Pain,
    string? PainSite,
    int? LifeStress,
    int? Motivation,
    string? Note);
