namespace HybridCoach.Domain.Planning;

/// <summary>
/// The defaults a runner type sets (see <see cref="RunnerTypePresets"/>): the most quality sessions per
/// microcycle, the quality session types for build and sharpen, whether intensity starts as strides only, extra
/// rest days, a recovery rhythm overriding the variant's, a factor on the variant's growth and peak, the number of
/// opening microcycles of run-walk and of no intensity, and the most run days per 7 days.
/// </summary>
public sealed record RunnerPreset(
    RunnerType Type,
    int MaxQualitySessions,
    IReadOnlyList<SessionType> BuildSessions,
    IReadOnlyList<SessionType> SharpenSessions,
    bool StridesInBuild,
    int ExtraRestDays,
    int? RecoveryEvery,
    double GrowthFactor,
    double PeakFactor,
    int RunWalkCycles,
    int NoIntensityCycles,
    int MaxRunDaysPerWeek);
