namespace HybridCoach.Domain.Planning;

/// <summary>
/// Which quality sessions, strides days and strength days a microcycle gets. Base: strides only (the seed plan
/// doc: "no hard quality sessions yet"); build: the variant's count (capped by the preset), types rotating through
/// the preset's build list; sharpen: the variant's sharpen count, the goal race's specific types
/// (<see cref="SpecificSessions"/>); taper: one short quality
/// session (Bosquet 2007 / Mujika &amp; Padilla 2003: keep intensity while volume falls); race microcycle: one
/// short race-pace session when at least 5 days precede the race; recovery microcycles: none. Under
/// <see cref="LowVolumeWeeklyM"/> a week, at most one quality session (a product rule: two hard days leave too
/// little easy running; Higdon's novice and intermediate plans under about 20 mi a week hold one speed session). A B or C race in the microcycle takes the place of one quality session.
/// </summary>
public static class SessionMix
{
    public const double LowVolumeWeeklyM = 30_000;

    public static IReadOnlyList<SessionType> Quality(PlanContext context, CycleFrame frame, bool recovery, double volumeM, int ordinal)
    {
        var preset = context.Preset;
        if (recovery || frame.Phase is Phase.Base or Phase.Recovery || frame.Index <= preset.NoIntensityCycles) return [];
        var (count, list) = frame.Phase switch
        {
            Phase.Build => (context.Settings.QualitySessionsPerCycle, preset.BuildSessions),
            Phase.Sharpen => (VariantSettingsCatalog.SharpenQualitySessions(context.Settings), SpecificSessions(context)),
            Phase.Taper => (1, SpecificSessions(context)),
            _ => (frame.LengthDays >= 6 ? 1 : 0, [SessionType.RacePace]),
        };
        count = Math.Min(count, preset.MaxQualitySessions);
        if (volumeM * 7 / frame.LengthDays < LowVolumeWeeklyM) count = Math.Min(count, 1);
        var races = context.Races.Count(r => r.Priority != Racing.RacePriority.A && frame.Contains(r.Date));
        count = Math.Max(0, count - races);
        var types = new List<SessionType>(count);
        for (var i = 0; i < count; i++) types.Add(list[(ordinal + i) % list.Count]);
        return types;
    }

    /// <summary>
    /// The specific phase's sessions, by the goal race (the references' specific blocks): marathon — marathon-pace runs
    /// (Hansons' MP tempos, Pfitzinger's MP long runs) with threshold work; half — half-marathon-pace and threshold
    /// work (Pfitzinger's LT sessions, Higdon's pace runs); 10K — VO2max and race-pace intervals with cruise
    /// intervals; 5K — race-pace and VO2max intervals (Daniels' final phase of I and R work). Beginners and comebacks
    /// keep their own gentler lists.
    /// </summary>
    public static IReadOnlyList<SessionType> SpecificSessions(PlanContext context)
    {
        if (context.Preset.Type is RunnerType.Beginner or RunnerType.Comeback) return context.Preset.SharpenSessions;
        return Envelope.RaceDistanceClasses.For(context.Kit.GoalDistanceM) switch
        {
            Envelope.RaceDistanceClass.Marathon => [SessionType.RacePace, SessionType.Tempo, SessionType.CruiseIntervals],
            Envelope.RaceDistanceClass.Half => [SessionType.RacePace, SessionType.CruiseIntervals, SessionType.Tempo],
            Envelope.RaceDistanceClass.TenK => [SessionType.Vo2Intervals, SessionType.RacePace, SessionType.CruiseIntervals],
            _ => [SessionType.RacePace, SessionType.Vo2Intervals, SessionType.CruiseIntervals],
        };
    }

    public static int Strides(PlanContext context, CycleFrame frame, bool recovery, bool runWalk)
    {
        if (runWalk || frame.Phase is Phase.Race or Phase.Recovery or Phase.Taper) return 0;
        if (recovery || frame.Phase is Phase.Base) return 1;
        return context.Preset.StridesInBuild ? 1 : 0;
    }

    /// <summary>Blagrove et al. 2018: 2–3 sessions a week in the studies; 2 in base/build, 1 to maintain, none in race week.</summary>
    public static int Strength(PlanContext context, CycleFrame frame, bool recovery)
    {
        if (!context.Request.StrengthAndConditioning || frame.Phase == Phase.Race) return 0;
        return recovery || frame.Phase is Phase.Sharpen or Phase.Taper or Phase.Recovery ? 1 : 2;
    }
}
