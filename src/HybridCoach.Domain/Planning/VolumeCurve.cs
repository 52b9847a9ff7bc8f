using HybridCoach.Domain.Racing;

namespace HybridCoach.Domain.Planning;

/// <summary>
/// The running volume per microcycle, as a daily rate (so trimmed microcycles compare fairly), and the long-run
/// target. Starts at the current weekly volume (at least <see cref="MinWeeklyM"/>); each loading microcycle grows
/// from the last loading one by at most the variant's growth (× the preset's factor; half for a comeback), up to
/// the peak (current × variant peak factor × preset factor); every Nth training microcycle is a recovery one with
/// the variant's reduction; sharpen holds the volume. Taper microcycles run at 56 % then 47 % of the peak (44 % and
/// 53 % below: Bosquet 2007's 41–60 %, science.md §12), the race microcycle at 30 %, the week after the
/// race at 35 %. The long run grows with the volume up to <see cref="LongRunCapM"/> (a product rule after Daniels
/// and Pfitzinger: ~16 km for 5K/10K, ~24 km for the half, ~35 km for the marathon and beyond).
/// </summary>
public sealed class VolumeCurve(PlanContext context)
{
    public const double MinWeeklyM = 8000;
    public const double GrowthAim = 0.99;
    public const double TargetTolerance = 0.005;
    public const double ReductionTolerance = 0.035;
    public const double TaperFloor = 0.42;
    public const double RaceCycleShare = 0.30;
    public const double AfterRaceShare = 0.35;

    private readonly double _growth = context.Settings.MaxCycleGrowth * context.Preset.GrowthFactor;
    private readonly int _recoveryEvery = Math.Min(context.Preset.RecoveryEvery ?? int.MaxValue, context.Settings.RecoveryEvery);
    private readonly double _startDaily = Math.Max(MinWeeklyM, context.Request.Fitness.WeeklyDistanceM) / 7;
    private readonly int _taperCycles = PhaseLayout.Frames(context.Request).Count(f => f.Phase == Phase.Taper);
    private double? _lastLoadingDaily;
    private double _peakDaily;
    private double _lastDaily;
    private double _longM = context.Request.Fitness.LongestRunM > 0 ? context.Request.Fitness.LongestRunM : Math.Max(MinWeeklyM, context.Request.Fitness.WeeklyDistanceM) * 0.25;
    private int _training;
    private int _taper;

    public double PeakTargetDaily => _startDaily * context.Settings.PeakVolumeFactor * context.Preset.PeakFactor;

    public double LongRunCapM => context.Kit.GoalDistanceM switch { <= 10_500 => 16_000, <= 21_500 => 24_000, _ => 35_000 };

    public CycleTarget Next(CycleFrame frame)
    {
        switch (frame.Phase)
        {
            case Phase.Base or Phase.Build or Phase.Sharpen:
                _training++;
                var recovery = _training % _recoveryEvery == 0;
                if (_lastLoadingDaily is not { } last) return new(false, _startDaily, _longM, _training);
                if (recovery) return new(true, last * (1 - context.Settings.RecoveryReduction), _longM * (1 - context.Settings.RecoveryReduction), _training);
                var grown = frame.Phase == Phase.Sharpen ? last : Math.Min(last * (1 + _growth * GrowthAim), Math.Max(PeakTargetDaily, last));
                return new(false, grown, Math.Min(_longM * (1 + _growth * GrowthAim), LongRunCapM), _training);
            case Phase.Taper:
                var fraction = TaperFraction(_taper++, _taperCycles);
                // Never above the microcycle before (an ACWR cut may have left it under the taper's share of the
                // peak), but not below the taper's floor of 40 % of the peak (Bosquet 2007: at most 60 % less).
                var daily = Math.Max(_peakDaily * TaperFloor, Math.Min(_peakDaily * fraction, _lastDaily));
                return new(false, daily, _longM * (fraction + 0.1), _training);
            case Phase.Race:
                return new(false, _peakDaily * RaceCycleShare, 0, _training);
            default:
                return new(true, _peakDaily * AfterRaceShare, 0, _training);
        }
    }

    /// <summary>56 % of peak in the first taper microcycle down to 47 % in the last (one alone: 52 %).</summary>
    public static double TaperFraction(int index, int count) =>
        count <= 1 ? 0.52 : 0.56 - 0.09 * Math.Min(index, count - 1) / (count - 1);

    public CycleInput Input(CycleFrame frame, CycleTarget target, double scale, bool previousHard)
    {
        var races = context.Races.Where(r => r.Priority != RacePriority.A && frame.Contains(r.Date)).ToList();
        var raceM = races.Sum(r => r.Distance.Meters);
        var volume = target.DailyM * frame.LengthDays * scale;
        volume = Math.Max(volume * 0.5, volume - raceM);
        var runWalk = frame.Index <= context.Preset.RunWalkCycles;
        var quality = runWalk ? [] : SessionMix.Quality(context, frame, target.Recovery, volume, target.Ordinal);
        var longM = races.Any(r => r.Priority == RacePriority.B) ? 0 : target.LongM * scale;
        return new CycleInput(frame, target.Recovery, volume, longM, quality,
            SessionMix.Strides(context, frame, target.Recovery, runWalk), runWalk,
            SessionMix.Strength(context, frame, target.Recovery), previousHard, CycleFocus.For(frame.Phase, target.Recovery, runWalk));
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
        if (target.Recovery) return;
        _lastLoadingDaily = daily;
        var longest = built.Days.Where(d => d.Type == SessionType.Long).Select(d => d.DistanceM).DefaultIfEmpty(0).Max();
        // The long run's own progression, not the built one: a share cap in a small microcycle must not ratchet it down.
        _longM = Math.Max(longest, target.LongM);
    }
}
