namespace HybridCoach.Domain.Planning;

/// <summary>
/// Sensible defaults per runner type. Product rules drawn from coaching convention (Daniels' Running Formula,
/// Pfitzinger's Advanced Marathoning, the seed product's plan doc), not from trials:
/// <list type="bullet">
/// <item>Beginner: one quality session, strides rather than VO2 intervals, at most 4 run days, peak and growth
/// scaled down (Buist 2008 novices: injury rates ≈ 20 % whatever the progression, so we keep it gentle).</item>
/// <item>5K/10K racer: VO2 intervals, cruise intervals, hills; race-pace reps in sharpen.</item>
/// <item>Marathoner: tempo and cruise in build, marathon-pace runs in sharpen; long runs lead the week.</item>
/// <item>Masters: one extra rest day, recovery every 3rd microcycle (slower recovery with age is the usual coaching advice).</item>
/// <item>Comeback: run-walk in the first 2 microcycles, no intensity in the first 3, growth and peak at half/0.9 of the variant's.</item>
/// <item>Multi-race season: the default mix; B races get a mini-taper and C races are trained through (all presets do).</item>
/// </list>
/// </summary>
public static class RunnerTypePresets
{
    private static readonly SessionType[] DefaultBuild = [SessionType.Tempo, SessionType.Vo2Intervals, SessionType.Hills, SessionType.CruiseIntervals];
    private static readonly SessionType[] DefaultSharpen = [SessionType.RacePace, SessionType.CruiseIntervals, SessionType.Vo2Intervals];

    public static RunnerPreset For(RunnerType type) => type switch
    {
        RunnerType.Beginner => new(type, 1, [SessionType.Fartlek, SessionType.Tempo], [SessionType.RacePace, SessionType.Tempo],
            StridesInBuild: true, ExtraRestDays: 0, RecoveryEvery: 3, GrowthFactor: 0.75, PeakFactor: 0.9,
            RunWalkCycles: 0, NoIntensityCycles: 2, MaxRunDaysPerWeek: 4),
        RunnerType.FiveTenKRacer => new(type, 3, [SessionType.Vo2Intervals, SessionType.CruiseIntervals, SessionType.Hills, SessionType.Fartlek],
            [SessionType.Vo2Intervals, SessionType.RacePace, SessionType.CruiseIntervals],
            false, 0, null, 1, 1, 0, 0, 6),
        RunnerType.Marathoner => new(type, 3, [SessionType.Tempo, SessionType.CruiseIntervals, SessionType.Hills],
            [SessionType.RacePace, SessionType.Tempo, SessionType.CruiseIntervals],
            false, 0, null, 1, 1, 0, 0, 6),
        RunnerType.Masters => new(type, 2, DefaultBuild, DefaultSharpen,
            false, ExtraRestDays: 1, RecoveryEvery: 3, 1, 1, 0, 0, 6),
        RunnerType.Comeback => new(type, 1, [SessionType.Fartlek, SessionType.Tempo], [SessionType.RacePace, SessionType.Tempo],
            StridesInBuild: true, ExtraRestDays: 0, RecoveryEvery: 3, GrowthFactor: 0.5, PeakFactor: 0.9,
            RunWalkCycles: 2, NoIntensityCycles: 3, MaxRunDaysPerWeek: 4),
        RunnerType.MultiRace => new(type, 3, DefaultBuild, DefaultSharpen, false, 0, null, 1, 1, 0, 0, 6),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "unknown runner type"),
    };
}
