using HybridCoach.Domain.Planning.Envelope;
using HybridCoach.Domain.Racing;

namespace HybridCoach.Domain.Planning;

/// <summary>
/// The running volume per microcycle, as a daily rate (so trimmed microcycles compare fairly), and the long-run
/// target, inside the published plans' envelope for the race and the runner's level (<see cref="ReferenceEnvelopes"/>,
/// docs/plan-envelope.md):
/// <list type="bullet">
/// <item>Volume starts at the current weekly volume (at least <see cref="MinWeeklyM"/>) and grows through base,
/// build and the specific (sharpen) phase in even steps from loading microcycle to loading microcycle, to the
/// peak — the envelope's peak factor at the variant's position × the preset's factor — which it reaches one
/// loading microcycle before the taper, so the volume peaks where the references peak (3–6 weeks before a
/// marathon). A step is never larger than the variant's growth (× the preset's factor). Every Nth training
/// microcycle is a recovery one with the variant's reduction (3:1 or 2:1 loading), except the last before the taper.</item>
/// <item>The long run starts at the runner's longest run of the last 4–6 weeks (never below it: the rule allows it,
/// <see cref="LongRunLimit"/>; after a break that run is already the short one) and grows by equal steps of at most 1–2 mi by variant (<see cref="LongRunStepM"/>:
/// Higdon and Pfitzinger lengthen it by 1–2 mi between loading weeks) to the envelope's longest run at the variant's
/// position, reached two loading microcycles before the last so that several long runs reach it; never past the
/// duration ceiling at easy pace, and held while the ACWR ceiling cuts the microcycles.</item>
/// <item>Taper microcycles run at 56 % then 47 % of the peak (44 % and 53 % below: Bosquet 2007's 41–60 %,
/// science.md §12); the race microcycle at 30 % of the peak after a taper, or 55 % when it is the taper (a 5K or
/// 10K); the week after the race at 35 %.</item>
/// </list>
/// </summary>
public sealed class VolumeCurve
{
    public const double MinWeeklyM = 8000;
    public const double GrowthAim = 0.99;
    public const double TargetTolerance = 0.005;
    public const double ReductionTolerance = 0.035;
    public const double TaperFloor = 0.42;
    public const double RaceCycleShare = 0.30;
    public const double RaceWeekTaperShare = 0.55;
    public const double AfterRaceShare = 0.35;
    public const double LongRunMaxStepM = 3200;

    /// <summary>Marathon weeks of at least this much get a medium-long run (Pfitzinger's 18/55 starts at about 53 km).</summary>
    public const double MediumLongFromWeeklyM = 50_000;

    /// <summary>
    /// The variant's largest step of the long run from loading microcycle to loading microcycle: 1 mi (1.6 km, Higdon's
    /// novice plans) for the conservative variant up to <see cref="LongRunMaxStepM"/> (2 mi, Pfitzinger's) for the aggressive.
    /// </summary>
    public static double LongRunStepM(VariantSettings settings) =>
        LongRunMinStepM + (LongRunMaxStepM - LongRunMinStepM) * Math.Clamp(settings.EnvelopePosition, 0, 1);

    public const double LongRunMinStepM = 1600;

    /// <summary>The long run reaches its target this many loading microcycles before the last one.</summary>
    public const int LongRunTargetLead = 2;

    private readonly PlanContext _context;
    private readonly double _growth;
    private readonly int _recoveryEvery;
    private readonly double _startDaily;
    private readonly int _taperCycles;
    private readonly int _trainingCycles;
    private readonly double _longStepM;
    private double? _lastLoadingDaily;
    private double _peakDaily;
    private double _lastDaily;
    private double _longM;
    private int _training;
    private int _taper;

    public VolumeCurve(PlanContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        var request = context.Request;
        var frames = PhaseLayout.Frames(request);
        _recoveryEvery = Math.Min(context.Preset.RecoveryEvery ?? int.MaxValue, context.Settings.RecoveryEvery);
        _startDaily = Math.Max(MinWeeklyM, request.Fitness.WeeklyDistanceM) / 7;
        _taperCycles = frames.Count(f => f.Phase == Phase.Taper);
        var envelope = ReferenceEnvelopes.For(request);
        PeakTargetDaily = _startDaily * Math.Max(1, envelope.PeakVolumeFactor.At(context.Settings.EnvelopePosition) * context.Preset.PeakFactor);
        _trainingCycles = frames.Count(f => f.Phase is Phase.Base or Phase.Build or Phase.Sharpen);
        var loading = Enumerable.Range(1, _trainingCycles).Count(t => !IsRecovery(t));
        _growth = Growth(PeakTargetDaily / _startDaily, loading - 1 - 1, context.Settings.MaxCycleGrowth * context.Preset.GrowthFactor * GrowthAim);
        var ceilingM = LongRunLimit.CeilingM(request, context.Settings, context.Kit.Steps.Paces.Range(Intensity.Easy).Mid);
        var habitM = LongRunLimit.HabitM(request);
        _longM = Math.Min(ceilingM, habitM > 0 ? habitM : Math.Max(MinWeeklyM, request.Fitness.WeeklyDistanceM) * 0.25);
        LongRunTargetM = Math.Min(ceilingM, Math.Max(_longM, envelope.PeakLongRunM.At(context.Settings.EnvelopePosition)));
        _longStepM = Math.Min(LongRunStepM(context.Settings), (LongRunTargetM - _longM) / Math.Max(1, loading - 1 - LongRunTargetLead));
    }

    public double PeakTargetDaily { get; }

    /// <summary>The longest run the plan builds to: the envelope's at the variant's position, never below the runner's own.</summary>
    public double LongRunTargetM { get; }

    /// <summary>
    /// Whether the training microcycle with this ordinal (from 1) is a recovery one: every Nth, except the last before
    /// the taper — the taper (or a short race's race week) unloads next, and a recovery week before it would only
    /// push the peak further from the race (<c>recovery_rhythm</c> counts the taper as unloading).
    /// </summary>
    public bool IsRecovery(int ordinal) => ordinal % _recoveryEvery == 0 && ordinal != _trainingCycles;

    /// <summary>
    /// The even step that reaches <paramref name="peakFactor"/> in <paramref name="steps"/> loading-to-loading steps (one
    /// fewer than there are, so a cut by the ACWR ceiling is made up before the taper), at most <paramref name="maxGrowth"/>.
    /// </summary>
    public static double Growth(double peakFactor, int steps, double maxGrowth) =>
        steps <= 0 ? maxGrowth : Math.Clamp(Math.Pow(Math.Max(1, peakFactor), 1.0 / steps) - 1, maxGrowth * MinGrowthShare, maxGrowth);

    /// <summary>
    /// The step is at least this share of the variant's growth, so a microcycle the ACWR ceiling cut is made up again
    /// (the peak target still bounds the volume: a flat envelope is reached early and held).
    /// </summary>
    public const double MinGrowthShare = 0.5;

    public CycleTarget Next(CycleFrame frame)
    {
        var settings = _context.Settings;
        switch (frame.Phase)
        {
            case Phase.Base or Phase.Build or Phase.Sharpen:
                _training++;
                var recovery = IsRecovery(_training);
                if (_lastLoadingDaily is not { } last) return new(false, _startDaily, _longM, _training);
                if (recovery) return new(true, last * (1 - settings.RecoveryReduction), _longM * (1 - settings.RecoveryReduction), _training);
                var grown = Math.Min(last * (1 + _growth), Math.Max(PeakTargetDaily, last));
                return new(false, grown, Math.Min(_longM + Math.Max(0, _longStepM), Math.Max(_longM, LongRunTargetM)), _training);
            case Phase.Taper:
                var fraction = TaperFraction(_taper++, _taperCycles);
                // Never above the microcycle before (an ACWR cut may have left it under the taper's share of the
                // peak), but not below the taper's floor of 40 % of the peak (Bosquet 2007: at most 60 % less).
                var daily = Math.Max(_peakDaily * TaperFloor, Math.Min(_peakDaily * fraction, _lastDaily));
                return new(false, daily, _longM * (fraction + 0.1), _training);
            case Phase.Race:
                return new(false, _peakDaily * (_taperCycles == 0 ? RaceWeekTaperShare : RaceCycleShare), 0, _training);
            default:
                return new(true, _peakDaily * AfterRaceShare, 0, _training);
        }
    }

    /// <summary>56 % of peak in the first taper microcycle down to 47 % in the last (one alone: 52 %).</summary>
    public static double TaperFraction(int index, int count) =>
        count <= 1 ? 0.52 : 0.56 - 0.09 * Math.Min(index, count - 1) / (count - 1);

    public CycleInput Input(CycleFrame frame, CycleTarget target, double scale, bool previousHard)
    {
        var context = _context;
        var races = context.Races.Where(r => r.Priority != RacePriority.A && frame.Contains(r.Date)).ToList();
        var raceM = races.Sum(r => r.Distance.Meters);
        var volume = target.DailyM * frame.LengthDays * scale;
        volume = Math.Max(volume * 0.5, volume - raceM);
        var runWalk = frame.Index <= context.Preset.RunWalkCycles;
        var quality = runWalk ? [] : SessionMix.Quality(context, frame, target.Recovery, volume, target.Ordinal);
        var longM = races.Any(r => r.Priority == RacePriority.B) ? 0 : target.LongM * scale;
        var marathon = RaceDistanceClasses.For(context.Request.GoalRace.Distance.Meters) == RaceDistanceClass.Marathon;
        var loading = !target.Recovery && !runWalk;
        return new CycleInput(frame, target.Recovery, volume, longM, quality,
            SessionMix.Strides(context, frame, target.Recovery, runWalk), runWalk,
            SessionMix.Strength(context, frame, target.Recovery), previousHard, CycleFocus.For(frame.Phase, target.Recovery, runWalk))
        {
            RacePaceLong = marathon && loading && frame.Phase == Phase.Sharpen,
            MediumLong = marathon && loading && frame.Phase is Phase.Build or Phase.Sharpen && volume * 7 / frame.LengthDays >= MediumLongFromWeeklyM,
        };
    }

    /// <summary>
    /// Built ÷ target volume when a microcycle came out off its target through the rounding and minimum sizes of
    /// its sessions, so it is re-aimed; null when close enough: a loading microcycle at most
    /// <see cref="TargetTolerance"/> over (the growth bound), a recovery or taper one within
    /// <see cref="ReductionTolerance"/> either way (keeps 20–30 % and 40–60 % reductions inside their bands).
    /// </summary>
    public static double? Miss(CycleFrame frame, CycleTarget target, double scale, Microcycle built)
    {
        if (frame.Phase is not (Phase.Base or Phase.Build or Phase.Sharpen or Phase.Taper)) return null;
        var miss = built.PlannedDistanceM / (target.DailyM * frame.LengthDays * scale);
        var reduced = target.Recovery || frame.Phase == Phase.Taper;
        var ok = reduced ? Math.Abs(miss - 1) <= ReductionTolerance : miss <= 1 + TargetTolerance;
        return ok ? null : miss;
    }

    public void Record(CycleFrame frame, CycleTarget target, Microcycle built)
    {
        var daily = built.PlannedDistanceM / frame.LengthDays;
        _lastDaily = daily;
        if (frame.Phase is not (Phase.Base or Phase.Build or Phase.Sharpen)) return;
        _peakDaily = Math.Max(_peakDaily, daily);
        // A B race's week runs less on purpose (its mini-taper): like a recovery microcycle, it is not the base the next
        // one grows from (<c>cycle_growth</c> skips it too). A C race is trained through.
        if (target.Recovery || _context.Races.Any(r => r.Priority == RacePriority.B && frame.Contains(r.Date))) return;
        _lastLoadingDaily = daily;
        var longest = built.Days.Where(d => d.Type == SessionType.Long).Select(d => d.DistanceM).DefaultIfEmpty(0).Max();
        // The long run progresses from the one built, not from its target: a long run the rule or the ACWR ceiling held
        // back grows again from where it was (lengthening it into a shrinking week would concentrate the load and cut
        // the next microcycle again). A microcycle without one (a B race) keeps the progression.
        _longM = longest > 0 ? Math.Min(target.LongM, longest) : _longM;
    }
}
