using HybridCoach.Domain.Load;

namespace HybridCoach.Domain.Planning;

/// <summary>
/// Builds season plans deterministically. Phases from <see cref="PhaseLayout"/>; the volume curve per microcycle
/// from <see cref="VolumeCurve"/> (growth, recovery, taper); each microcycle filled by
/// <see cref="MicrocycleBuilder"/>. Safe by construction: after a microcycle is filled, its days' projected
/// coupled ACWR (history + plan so far) is checked; a spike of shape is first evened out by moving easy-run distance
/// out of the worst 7-day window (<see cref="EasyLeveler"/>), and while any day outside a race window exceeds the
/// variant's ceiling the quality sessions of a taper or low-volume microcycle are first shrunk to
/// <see cref="ShrunkQualityScale"/>, then the microcycle's volume is cut by <see cref="RepairFactor"/> and it is rebuilt (down to
/// <see cref="MinCeilingScale"/> of its target, then again from the full volume without its quality sessions) — the rolling
/// ratio only looks back, so fixing each microcycle in turn fixes the plan.
/// </summary>
public static class SeasonPlanner
{
    public const double RepairFactor = 0.92;
    public const int MaxRepairs = 24;

    /// <summary>Share of its warm-up, cool-down and hard time a quality session keeps when its full size spikes the ratio.</summary>
    public const double ShrunkQualityScale = 0.5;

    /// <summary>
    /// The ceiling may cut a microcycle to this share of its target and no further: past it the spike comes from
    /// how the load falls on the days, not from its size, and cutting more only shrinks every later microcycle
    /// (the chronic load falls with it) until the plan collapses.
    /// </summary>
    public const double MinCeilingScale = 0.7;

    /// <summary>Rebuilds allowed for a microcycle that came out off its volume target (session rounding and minimums).</summary>
    public const int MaxCorrections = 4;

    /// <summary>Margin under the ceiling the generator aims for. The ratio is checked on the built, rounded sessions and
    /// later microcycles never change it (it only looks back), so a small margin suffices.</summary>
    public const double CeilingMargin = 0.002;

    public static IReadOnlyList<SeasonPlan> GenerateAll(PlanRequest request) =>
        VariantSettingsCatalog.All.Select(s => Generate(request, s.Variant)).ToList();

    public static SeasonPlan Generate(PlanRequest request, PlanVariant variant)
    {
        var context = Context(request, variant);
        var curve = new VolumeCurve(context);
        var cycles = new List<Microcycle>();
        var previousHard = false;
        foreach (var frame in PhaseLayout.Frames(request))
        {
            var (built, target) = BuildWithinCeiling(context, curve, frame, curve.Next(frame), cycles, previousHard);
            cycles.Add(built);
            curve.Record(frame, target, built);
            previousHard = built.Days[^1].Hard;
        }
        return new SeasonPlan(context.Settings, cycles, FeasibilityCheck.Assess(request), PlanProjector.Project(request, cycles));
    }

    /// <summary>
    /// Builds the microcycle, shrinking its quality sessions (taper and low volume, once) and then cutting its volume
    /// while a day exceeds the ceiling (quality dropped once the cuts reach
    /// <see cref="MinCeilingScale"/>, except in the taper and the race microcycle, which must keep some intensity), and re-aiming it
    /// up to <see cref="MaxCorrections"/> times when session rounding and minimum sizes leave it off its target
    /// (<see cref="VolumeCurve.Miss"/>). When no attempt passes the ceiling (a spike inherited from the previous
    /// microcycle), the attempt with the lowest peak ratio is kept.
    /// </summary>
    private static (Microcycle Built, CycleTarget Target) BuildWithinCeiling(PlanContext context, VolumeCurve curve, CycleFrame frame, CycleTarget target,
        List<Microcycle> cycles, bool previousHard)
    {
        var inherited = InheritedDays(context, cycles, frame);
        var prior = PriorLoads(context, cycles, frame);
        // What the microcycle before ran: the same for every attempt at this one.
        var runningOneCycleEarlier = OneCycleEarlier(cycles);
        double? earlierLongestEasyM = cycles.Count == 0 ? null
            : cycles[^1].Days.Where(d => d.Type is SessionType.Easy or SessionType.Strides).Select(d => d.DistanceM).DefaultIfEmpty(0).Max();
        var counted = Enumerable.Range(0, frame.LengthDays).Select(i => frame.Start.AddDays(i))
            .Select(d => !inherited.Contains(d) && !RaceLoadWindow.Contains(context.Races, d)).ToArray();
        double ceilingScale = 1, aim = 1;
        var corrections = 0;
        var dropQuality = false;
        var qualityScale = 1.0;
        Microcycle? bestFailing = null, bestPassing = null;
        double bestRatio = double.MaxValue, bestMiss = double.MaxValue;
        for (var attempt = 0; attempt <= MaxRepairs; attempt++)
        {
            if (ceilingScale < MinCeilingScale)
            {
                // At the floor the spike is the sessions' shape: try the full volume again without the quality sessions.
                if (dropQuality || frame.Phase is Phase.Taper or Phase.Race) break;
                (dropQuality, ceilingScale) = (true, 1);
            }
            var input = curve.Input(frame, target, ceilingScale * aim, previousHard);
            if (dropQuality) input = input with { Quality = [], StridesSessions = 0 };
            input = input with { QualityScale = qualityScale, RunningOneCycleEarlierM = runningOneCycleEarlier, EarlierLongestEasyM = earlierLongestEasyM };
            var built = EasyLeveler.Level(context, MicrocycleBuilder.Build(context, input), prior, counted,
                context.Settings.AcwrCeiling - CeilingMargin);
            var ratio = PeakRatio(context, cycles, built, inherited);
            if (ratio > context.Settings.AcwrCeiling - CeilingMargin)
            {
                if (bestPassing is null && ratio < bestRatio) { bestFailing = built; bestRatio = ratio; }
                // Shrink the quality sessions before cutting the microcycle: in the taper, which keeps its intensity
                // (Mujika & Padilla 2003) but whose volume the 40–60 % cut pins; and in low-volume microcycles, where a
                // full-size quality session is a third of the running and its day alone spikes the ratio (cutting the
                // volume instead shrinks the chronic load and with it every later microcycle).
                if (qualityScale == 1 && input.Quality.Count > 0 && (frame.Phase == Phase.Taper || LowVolume(frame, input)))
                {
                    qualityScale = ShrunkQualityScale;
                    continue;
                }
                ceilingScale *= RepairFactor;
                continue;
            }
            if (VolumeCurve.Miss(frame, target, ceilingScale, built) is not { } miss) return (built, target);
            if (MissScore(frame, miss) < bestMiss) { bestPassing = built; bestMiss = MissScore(frame, miss); }
            if (corrections++ >= MaxCorrections) break;
            aim /= miss;
        }
        return (bestPassing ?? bestFailing!, target);
    }

    /// <summary>The running of the previous microcycle on the day one microcycle back (null before the first).</summary>
    private static Func<DateOnly, double>? OneCycleEarlier(List<Microcycle> cycles)
    {
        if (cycles.Count == 0) return null;
        var previous = cycles[^1];
        return day => previous.Days.Where(d => d.Date == day.AddDays(-previous.LengthDays) && d.Type.IsRunning()).Sum(d => d.DistanceM);
    }

    private static bool LowVolume(CycleFrame frame, CycleInput input) =>
        input.VolumeM * 7 / frame.LengthDays < MicrocycleBuilder.ShortWarmUpBelowWeeklyM;

    /// <summary>
    /// How far an attempt is off its target (log ratio). In the taper an attempt over its target counts double: the
    /// target already sits near the 40 % cut's edge (Bosquet 2007's 41–60 %), so overshooting breaks the taper while
    /// undershooting only deepens it toward the target of the next taper microcycle.
    /// </summary>
    private static double MissScore(CycleFrame frame, double miss) =>
        frame.Phase == Phase.Taper && miss > 1 ? 2 * Math.Log(miss) : Math.Abs(Math.Log(miss));

    public static PlanContext Context(PlanRequest request, PlanVariant variant)
    {
        Validate(request);
        var settings = VariantSettingsCatalog.For(variant);
        var preset = RunnerTypePresets.For(request.RunnerType);
        var fitness = request.Fitness;
        var steps = new StepMaker(new PaceBook(fitness.ThresholdPace, fitness.Vdot), request.Units);
        var kit = new SessionKit(steps, request.GoalRace.Distance.Meters, FeasibilityCheck.GoalPace(request),
            FitnessVdot.Current(fitness), request.RaceSpecificPercentages);
        return new PlanContext(request, settings, preset, kit, RaceLoadWindow.All(request));
    }

    /// <summary>
    /// Days of the microcycle whose ratio exceeds the ceiling even if the whole microcycle were rest: the spike
    /// comes from the days before, and cutting this microcycle cannot fix it (it would only shrink the plan).
    /// </summary>
    private static HashSet<DateOnly> InheritedDays(PlanContext context, List<Microcycle> cycles, CycleFrame frame)
    {
        if (cycles.Count == 0) return [];
        var rest = Enumerable.Range(0, frame.LengthDays).Select(i => EasySessions.Rest(frame.Start.AddDays(i))).ToList();
        var all = new List<Microcycle>(cycles) { new(frame.Index, frame.Phase, frame.Start, "", true, rest) };
        var (loads, firstDay, historyStart) = PlanProjector.Loads(context.Request, all, all[0].Start, frame.End);
        var ratio = WorkloadRatio.RollingCoupled(loads, historyStart).Ratio;
        var days = new HashSet<DateOnly>();
        for (var day = frame.Start; day <= frame.End; day = day.AddDays(1))
            if (ratio[day.DayNumber - firstDay.DayNumber] > context.Settings.AcwrCeiling - CeilingMargin) days.Add(day);
        return days;
    }

    /// <summary>The loads of the 27 days before the microcycle (history and the plan so far), oldest first; 0 before any data.</summary>
    private static double[] PriorLoads(PlanContext context, List<Microcycle> cycles, CycleFrame frame)
    {
        var prior = new double[27];
        var start = cycles.Count > 0 ? cycles[0].Start : frame.Start;
        var (loads, firstDay, _) = PlanProjector.Loads(context.Request, cycles, start, frame.Start.AddDays(-1));
        for (var i = 0; i < prior.Length; i++)
        {
            var index = frame.Start.AddDays(i - prior.Length).DayNumber - firstDay.DayNumber;
            if (index >= 0 && index < loads.Length) prior[i] = loads[index];
        }
        return prior;
    }

    /// <summary>The highest projected coupled ACWR on the candidate's days outside race windows (0 when none is reported).</summary>
    private static double PeakRatio(PlanContext context, List<Microcycle> cycles, Microcycle candidate, ISet<DateOnly>? skip = null)
    {
        var all = new List<Microcycle>(cycles) { candidate };
        var (loads, firstDay, historyStart) = PlanProjector.Loads(context.Request, all, all[0].Start, candidate.End);
        var ratio = WorkloadRatio.RollingCoupled(loads, historyStart).Ratio;
        var peak = 0.0;
        for (var day = candidate.Start; day <= candidate.End; day = day.AddDays(1))
        {
            if (RaceLoadWindow.Contains(context.Races, day) || skip?.Contains(day) == true) continue;
            if (ratio[day.DayNumber - firstDay.DayNumber] is { } r) peak = Math.Max(peak, r);
        }
        return peak;
    }

    private static void Validate(PlanRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Fitness);
        var fitness = request.Fitness;
        if (!(fitness.WeeklyDistanceM >= 0) || !double.IsFinite(fitness.WeeklyDistanceM))
            throw new ArgumentException($"weekly_distance_m {fitness.WeeklyDistanceM}: must be a finite distance of 0 or more");
        if (!(fitness.LongestRunM >= 0) || !double.IsFinite(fitness.LongestRunM))
            throw new ArgumentException($"longest_run_m {fitness.LongestRunM}: must be a finite distance of 0 or more");
        var usable = (request.AvailableDays ?? []).Where(d => !(request.ClearDays ?? []).Contains(d)).Distinct().Count();
        if (usable == 0)
            throw new ArgumentException("available_days: at least one day must be available and not kept clear");
    }
}
