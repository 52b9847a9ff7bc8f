namespace HybridCoach.Web.Api;

/// <summary>The body of POST /api/signals (snake_case; every field optional, the day defaults to today; illness none, above_neck or below_neck).</summary>
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
    string? Illness,
    int? LifeStress,
    int? Motivation,
    string? Note);
