using HybridCoach.Domain.Planning.Envelope;
using HybridCoach.Domain.Racing;

namespace HybridCoach.Domain.Planning;

/// <summary>
/// Fills one microcycle: reserves race-related days, picks the long, quality, easy and strength days, then spreads
/// the volume — quality sessions first (main sets within a hard-time budget), then the long run (within the
/// references' rule and duration ceiling, <see cref="LongRunLimit"/>), the rest over the easy days (no easy run longer than the long run, none under
/// <see cref="MinEasyM"/>, none past the long run's cap in a week without one; B-race mini-taper days at
/// <see cref="MiniTaperShare"/> of an easy run).
/// </summary>
public static class MicrocycleBuilder
{
    public const double MinEasyM = 2500;

    /// <summary>A long-run slot with less than <see cref="MinEasyM"/> left becomes a short easy run down to this, else rest.</summary>
    public const double MinStubM = 1500;

    /// <summary>Below this weekly volume quality sessions get the short warm-up and cool-down.</summary>
    public const double ShortWarmUpBelowWeeklyM = 30_000;
    public const double MiniTaperShare = 0.6;
    public const double RunWalkRunS = 4 * 60;
    public const double RunWalkWalkS = 60;

    /// <summary>Share of the cycle's running time the quality main sets may take: keeps ≥ 80 % easy (Seiler's 80/20; the seed plan doc).</summary>
    public const double HardTimeShare = 0.14;

    /// <summary>Hard time of the taper's and the race week's quality: short, to keep sharpness, not build fitness (Mujika &amp; Padilla 2003).</summary>
    public const double TaperBudgetS = 15 * 60;
    public const double RaceWeekBudgetS = 8 * 60;

    /// <summary>
    /// Builds the microcycle; when easy days came out too short and were dropped (<see cref="EasyDistance"/>), builds it
    /// again with that many fewer run days, so the rest days are chosen spread out (<see cref="DayPicker"/>) rather than
    /// the last easy days falling idle together (two rest days in a row before the long run make the 7-day load jump).
    /// </summary>
    public static Microcycle Build(PlanContext context, CycleInput input)
    {
        var limit = RunDaysLimit(context, input.Frame);
        while (true)
        {
            var (cycle, dropped) = Build(context, input, limit);
            if (dropped == 0 || limit - dropped < 1) return cycle;
            limit -= dropped;
        }
    }

    private static (Microcycle Cycle, int Dropped) Build(PlanContext context, CycleInput input, int runDaysLimit)
    {
        var frame = input.Frame;
        var roles = DayRoles.Reserve(context, frame);
        var qualityDays = DayPicker.Pick(context, input, roles, runDaysLimit);
        var kit = context.Kit;
        var easyPaceSPerM = kit.Steps.Paces.Range(Intensity.Easy).Mid.SecondsPerKilometer / 1000;
        var sessions = new PlannedSession?[roles.Length];
        var hardCount = Math.Max(1, input.Quality.Count);
        var budgetS = HardTimeShare * input.VolumeM * easyPaceSPerM / hardCount;
        budgetS = Math.Min(budgetS, frame.Phase switch { Phase.Taper => TaperBudgetS, Phase.Race => RaceWeekBudgetS, _ => double.MaxValue });
        budgetS *= input.QualityScale;
        var raceSpecific = frame.Phase is Phase.Sharpen or Phase.Taper or Phase.Race;
        for (var q = 0; q < qualityDays.Count; q++)
        {
            var date = frame.Start.AddDays(qualityDays[q]);
            sessions[qualityDays[q]] = q < input.Quality.Count
                ? QualitySessions.Build(kit, input.Quality[q], date, SessionBudgetS(kit, input, input.Quality[q], budgetS), raceSpecific,
                    input.VolumeM * 7 / frame.LengthDays < ShortWarmUpBelowWeeklyM || input.QualityScale < 1, input.QualityScale)
                : null; // strides: an easy run with strides, sized below
        }
        var used = sessions.Where(s => s is not null).Sum(s => s!.DistanceM);
        var longIndex = Array.IndexOf(roles, DayRole.Long);
        var longCapM = LongCapM(context, frame, input.VolumeM);
        var longM = longIndex < 0 ? 0 : Math.Max(0, Math.Min(input.LongRunM, longCapM));
        var stridesDays = qualityDays.Skip(input.Quality.Count).ToList();
        var easyDays = Enumerable.Range(0, roles.Length).Where(i => roles[i] == DayRole.Easy).ToList();
        var miniDays = Enumerable.Range(0, roles.Length).Where(i => roles[i] == DayRole.MiniTaper).ToList();
        var remaining = input.VolumeM - used - longM;
        if (longIndex >= 0 && easyDays.Count + stridesDays.Count == 0 && remaining > 0) longM = Math.Min(longM + remaining, longCapM);
        var easyCount = easyDays.Count;
        var (easyM, runs) = EasyDistance(remaining, easyDays, stridesDays.Count, miniDays.Count);
        var dropped = easyCount - easyDays.Count + (easyM < MinStubM && easyDays.Count > 0 ? easyDays.Count : 0);
        if (longIndex >= 0 && runs > 0 && easyM > longM && longM < longCapM)
        {
            // No easy run longer than the long run: level the long run up (within its caps) rather than lose volume.
            var pooledM = remaining + longM;
            longM = Math.Min(longCapM, Math.Max(longM, pooledM / (runs + 1)));
            easyM = (pooledM - longM) / runs;
        }
        // Without a long run (a race week), no easy run may grow past the long run's cap nor, before a B or C race, past
        // the longest easy run of the microcycle before (the goal race's week is the taper's, sized by its share): the
        // volume the reserved race days cannot take is not piled onto the few days left (a 28 km "easy" run four days
        // before a B race); the microcycle runs less, which is the point of the race week (Bosquet et al. 2007; Friel's
        // B-race mini-taper).
        if (longIndex < 0)
            easyM = Math.Min(easyM, input.EarlierLongestEasyM is > 0 and var earlierM && frame.Phase != Phase.Race ? Math.Min(longCapM, earlierM) : longCapM);
        // A strides session has a minimum size (its easy part plus the strides): take the excess off the long run, but
        // in a week not below the runner's own longest run while the easy runs can give it (down to their minimum); a
        // longer cycle keeps its long run small (see LongCapM).
        var stridesExcess = stridesDays.Count * Math.Max(0, EasySessions.MinStridesSessionM(kit) - easyM);
        var offLong = longIndex < 0 ? 0 : frame.LengthDays > 7 ? stridesExcess
            : Math.Min(stridesExcess, Math.Max(0, longM - LongRunLimit.HabitM(context.Request)));
        var fromEasy = easyDays.Count > 0 && easyM > MinEasyM ? Math.Min(stridesExcess - offLong, (easyM - MinEasyM) * easyDays.Count) : 0;
        if (fromEasy > 0) easyM -= fromEasy / easyDays.Count;
        if (longIndex >= 0) longM = Math.Max(0, longM - (stridesExcess - fromEasy));
        var easyRunsM = easyM >= MinStubM ? easyM * easyDays.Count : 0; // shorter easy days become rest
        longM = LongRunLimit.LargestWithin(longM,
            used + easyRunsM + Math.Max(easyM, MinStubM) * (stridesDays.Count + MiniTaperShare * miniDays.Count) + stridesExcess,
            LongRunLimit.WeekScale(frame.LengthDays), context.Request);
        if (longIndex >= 0 && longM < MinStubM && runs > 0 && easyM >= MinStubM)
        {
            // A long-run slot too short to run rests; its distance goes to the easy runs rather than being lost
            // (else the microcycle lands well under its target and re-aiming flips between two sizes).
            easyM += longM / runs;
            longM = 0;
        }
        var (mediumLongIndex, mediumLongM) = MediumLongDay(input, easyDays, longIndex, longM, easyM);
        if (mediumLongIndex >= 0) easyM -= (mediumLongM - easyM) / (easyDays.Count - 1);
        for (var i = 0; i < roles.Length; i++)
        {
            var date = frame.Start.AddDays(i);
            sessions[i] ??= roles[i] switch
            {
                DayRole.Race => RaceSessions.Race(kit, context.RaceOn(date)!),
                DayRole.RaceEve => RaceEve(context, date),
                DayRole.AfterRace => AfterRace(context, date),
                DayRole.MiniTaper => MiniTaperDay(context, input, date, easyM),
                DayRole.Long => longM >= MinEasyM ? LongRun(context, input, date, longM)
                    : longM >= MinStubM ? Run(context, input, date, longM, SessionType.Easy) : EasySessions.Rest(date),
                DayRole.Quality => Run(context, input, date, easyM, SessionType.Strides),
                DayRole.Easy => easyM >= MinStubM && easyDays.Contains(i)
                    ? i == mediumLongIndex ? EasySessions.MediumLong(kit, date, mediumLongM) : Run(context, input, date, easyM, SessionType.Easy)
                    : EasySessions.Rest(date),
                DayRole.Strength => StrengthSessions.For(date, frame.Phase, input.Recovery, context.Request.Equipment),
                _ => EasySessions.Rest(date),
            };
        }
        return (new Microcycle(frame.Index, frame.Phase, frame.Start, input.Focus, input.Recovery, sessions.Select(s => s!).ToList()), dropped);
    }

    /// <summary>Margin under the long-run rule, so session rounding cannot tip the long run over it.</summary>
    public const double LongLimitMargin = 0.97;

    /// <summary>
    /// The long run's largest distance in a microcycle of <paramref name="volumeM"/>: the references' rule
    /// (<see cref="LongRunLimit"/>) for its running per 7 days (so a 9-day cycle's long run is sized to a week) and the
    /// duration ceiling at easy pace, less a margin (in a week, not from the runner's own longest run). A cycle longer
    /// than a week keeps to Daniels' share (or the runner's own longest run): Higdon's half-of-the-week long run belongs
    /// to weekly plans, and in a longer cycle a 7-day window can hold the long run and the cycle's quality together.
    /// </summary>
    public static double LongCapM(PlanContext context, CycleFrame frame, double volumeM)
    {
        var weekM = volumeM * LongRunLimit.WeekScale(frame.LengthDays);
        var habitM = LongRunLimit.HabitM(context.Request);
        var limitM = frame.LengthDays > 7
            ? Math.Max(LongRunLimit.DanielsM(weekM), habitM) * LongLimitMargin
            : Math.Max(LongRunLimit.MaxM(weekM, context.Request) * LongLimitMargin, habitM);
        return Math.Min(limitM, LongRunLimit.CeilingM(context.Request, context.Settings, context.Kit.Steps.Paces.Range(Intensity.Easy).Mid));
    }

    private static int RunDaysLimit(PlanContext context, CycleFrame frame)
    {
        var perWeek = context.Preset.MaxRunDaysPerWeek - context.Preset.ExtraRestDays;
        return Math.Max(1, (int)Math.Ceiling(perWeek * frame.LengthDays / 7.0 - 1e-9));
    }

    /// <summary>
    /// Easy distance per easy day and the number of easy-run equivalents sharing it; easy days are dropped (rest)
    /// while they would be shorter than <see cref="MinEasyM"/>, down to one.
    /// </summary>
    private static (double EachM, double Runs) EasyDistance(double remainingM, List<int> easyDays, int stridesDays, int miniDays)
    {
        var runs = easyDays.Count + stridesDays + MiniTaperShare * miniDays;
        if (runs <= 0 || remainingM <= 0) return (0, 0);
        var each = remainingM / runs;
        while (each < MinEasyM && easyDays.Count > 1)
        {
            easyDays.RemoveAt(easyDays.Count - 1);
            runs -= 1;
            if (runs <= 0) return (0, 0);
            each = remainingM / runs;
        }
        return (each, runs);
    }

    private static PlannedSession Run(PlanContext context, CycleInput input, DateOnly date, double distanceM, SessionType type)
    {
        var kit = context.Kit;
        distanceM = Math.Max(MinStubM, distanceM);
        if (input.RunWalk)
        {
            var seconds = distanceM * kit.Steps.Paces.Range(Intensity.Easy).Mid.SecondsPerKilometer / 1000;
            return EasySessions.RunWalk(kit, date, seconds, RunWalkRunS, RunWalkWalkS);
        }
        return type switch
        {
            SessionType.Long => EasySessions.Long(kit, date, distanceM),
            SessionType.Strides => EasySessions.WithStrides(kit, date, distanceM),
            _ => EasySessions.Easy(kit, date, distanceM),
        };
    }

    /// <summary>
    /// Marathon-pace running in one specific-phase session: 16 % of the week (Hansons' 10 mi of MP in a 57–60 mi
    /// week), within Daniels' M limit. Marathon pace sits in Seiler's moderate band, so it is not held to the hard-time budget.
    /// </summary>
    public const double MarathonPaceShare = 0.16;

    /// <summary>The main-set budget of one quality session: the hard-time budget and Daniels' limit for its kind; the marathon's specific MP runs by <see cref="MarathonPaceShare"/>.</summary>
    private static double SessionBudgetS(SessionKit kit, CycleInput input, SessionType type, double hardBudgetS)
    {
        var weekM = input.VolumeM * LongRunLimit.WeekScale(input.Frame.LengthDays);
        var danielsS = DanielsBudget.MaxS(kit, type, weekM);
        if (type == SessionType.RacePace && input.Frame.Phase == Phase.Sharpen
            && RaceDistanceClasses.For(kit.GoalDistanceM) == RaceDistanceClass.Marathon)
            return Math.Min(danielsS, MarathonPaceShare * weekM * kit.GoalPace.SecondsPerKilometer / 1000) * input.QualityScale;
        return Math.Min(hardBudgetS, danielsS);
    }

    /// <summary>
    /// A B race's mini-taper day: <see cref="MiniTaperShare"/> of an easy run, and no more than that share of what the
    /// same day ran one microcycle earlier (a week with a big long run has short easy days); rest when that day rested.
    /// </summary>
    private static PlannedSession MiniTaperDay(PlanContext context, CycleInput input, DateOnly date, double easyM)
    {
        var distanceM = easyM * MiniTaperShare;
        if (input.RunningOneCycleEarlierM is { } earlier) distanceM = Math.Min(distanceM, earlier(date) * MiniTaperShare);
        return distanceM >= MinStubM ? Run(context, input, date, distanceM, SessionType.Easy) : EasySessions.Rest(date);
    }

    /// <summary>The long run; in the marathon's specific phase with its last part at goal pace.</summary>
    private static PlannedSession LongRun(PlanContext context, CycleInput input, DateOnly date, double longM) =>
        input.RacePaceLong && !input.RunWalk
            ? EasySessions.LongWithRacePaceFinish(context.Kit, date, longM, EasySessions.RacePaceFinishM(context.Kit, longM))
            : Run(context, input, date, longM, SessionType.Long);

    /// <summary>The medium-long run's share of the long run: Pfitzinger's 11–15 mi beside 18–20 mi long runs.</summary>
    public const double MediumLongShare = 0.6;

    /// <summary>The other easy runs keep at least 6 km (Pfitzinger's shortest recovery runs, 4 mi) beside a medium-long run.</summary>
    public const double MediumLongOtherMinM = 6000;

    /// <summary>A medium-long run is worth its name only this much longer than the easy runs.</summary>
    public const double MediumLongOverEasy = 1.3;

    /// <summary>
    /// The easy day farthest from the long run and its distance, when the microcycle wants a medium-long run and its
    /// other easy runs keep at least <see cref="MediumLongOtherMinM"/>; (-1, 0) otherwise.
    /// </summary>
    private static (int Index, double DistanceM) MediumLongDay(CycleInput input, List<int> easyDays, int longIndex, double longM, double easyM)
    {
        if (!input.MediumLong || input.RunWalk || longIndex < 0 || easyDays.Count < 3) return (-1, 0);
        var roomM = easyM + (easyM - MediumLongOtherMinM) * (easyDays.Count - 1);
        var distanceM = Math.Floor(Math.Min(MediumLongShare * longM, roomM) / 100) * 100;
        if (distanceM < easyM * MediumLongOverEasy) return (-1, 0);
        var length = input.Frame.LengthDays;
        var index = easyDays.MaxBy(d => Math.Min(Math.Abs(d - longIndex), length - Math.Abs(d - longIndex)));
        return (index, distanceM);
    }

    private static PlannedSession RaceEve(PlanContext context, DateOnly date)
    {
        var race = context.RaceOn(date.AddDays(1))!;
        return race.Priority == RacePriority.A || !context.Available(date)
            ? EasySessions.Rest(date, "Race eve: full rest, legs up, fuel and sleep.")
            : EasySessions.Shakeout(context.Kit, date);
    }

    private static PlannedSession AfterRace(PlanContext context, DateOnly date)
    {
        var race = context.RaceOn(date.AddDays(-1));
        return race?.Priority == RacePriority.C && context.Available(date)
            ? EasySessions.Recovery(context.Kit, date, 30 * 60)
            : EasySessions.Rest(date, "Day after the race: rest and refuel.");
    }
}
