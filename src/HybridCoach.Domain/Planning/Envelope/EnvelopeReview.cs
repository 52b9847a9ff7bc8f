using System.Globalization;
using HybridCoach.Domain.Planning.Invariants;
using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Planning.Envelope;

/// <summary>
/// The plan-quality report: a plan's figures (<see cref="PlanFigures"/>) against the envelope of the published plans
/// for its race and the runner's level (<see cref="ReferenceEnvelopes"/>) and Daniels' limits per session
/// (<see cref="DanielsQualityLimits"/>), each marked inside or outside with the reason. The checks that are outside
/// are the plan's hard truths: where the runner's start cannot safely reach what the references prescribe in the
/// weeks available, they say so and by how much.
/// </summary>
public static class EnvelopeReview
{
    /// <summary>Sessions are rounded to 100 m: a distance this far over a limit is on it.</summary>
    public const double RoundingM = 100;

    public static IReadOnlyList<EnvelopeCheck> Review(SeasonPlan plan, PlanRequest request)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(request);
        var envelope = ReferenceEnvelopes.For(request);
        var figures = PlanFigures.Of(plan, request, envelope);
        var context = SeasonPlanner.Context(request, plan.Variant) with { Settings = plan.Settings };
        return
        [
            PeakVolume(figures, envelope, context),
            PeakLongRun(figures, envelope, context),
            LongRunDuration(figures, request, plan.Settings),
            LongRunCount(figures, envelope),
            PeakTiming(figures, envelope),
            TaperDays(figures, envelope),
            TaperCut(figures),
            LongRunRule(plan, request),
            Share("threshold_per_session", "threshold (T) running in one session", figures.MaxThresholdShare, DanielsQualityLimits.ThresholdShare),
            Share("intervals_per_session", "interval (I) running in one session", figures.MaxIntervalShare, DanielsQualityLimits.IntervalShare),
            Share("repetitions_per_session", "repetition (R) running in one session", figures.MaxRepetitionShare, DanielsQualityLimits.RepetitionShare),
            MarathonPace(figures),
        ];
    }

    /// <summary>The checks that are outside: the hard truths to tell the runner with the plan.</summary>
    public static IReadOnlyList<EnvelopeCheck> HardTruths(SeasonPlan plan, PlanRequest request) =>
        [.. Review(plan, request).Where(c => !c.Inside)];

    private static EnvelopeCheck PeakVolume(PlanFigures f, ReferenceEnvelope e, PlanContext context)
    {
        var inside = e.PeakVolumeFactor.Contains(f.PeakVolumeFactor, 0.02);
        var value = $"{Km(f.PeakWeekM)} a week, {Times(f.PeakVolumeFactor)} your {Km(f.StartWeekM)}";
        var expected = $"{Times(e.PeakVolumeFactor.Min)}–{Times(e.PeakVolumeFactor.Max)} ({e.Distance.Words()} plans for {e.Level.Words()})";
        string reason;
        if (inside) reason = $"as in {e.Sources}";
        else if (f.PeakVolumeFactor < e.PeakVolumeFactor.Min)
        {
            var growth = context.Settings.MaxCycleGrowth * context.Preset.GrowthFactor;
            var weeks = WeeksNeeded(context, Math.Ceiling(Math.Log(e.PeakVolumeFactor.Min) / Math.Log(1 + growth)) + 1);
            reason = $"{Short(f.PeakVolumeFactor, e.PeakVolumeFactor.Min)}: growing at most {growth * 100:0} % a loading microcycle within the "
                + $"ACWR ceiling {context.Settings.AcwrCeiling.ToString("0.0", CultureInfo.InvariantCulture)}, "
                + $"{Km(f.StartWeekM * e.PeakVolumeFactor.Min)} a week needs about {weeks} weeks{Available(context)}";
        }
        else reason = $"above the published plans: the plan peaks at {Times(f.PeakVolumeFactor)} against a target of {Times(new VolumeCurve(context).PeakTargetDaily * 7 / f.StartWeekM)}";
        return new("peak_volume", "peak weekly volume", value, expected, inside, reason);
    }

    private static EnvelopeCheck PeakLongRun(PlanFigures f, ReferenceEnvelope e, PlanContext context)
    {
        var habitM = LongRunLimit.HabitM(context.Request);
        var inside = e.PeakLongRunM.Contains(f.PeakLongRunM, PlanFigures.LongRunTolerance * e.PeakLongRunM.Min) || (f.PeakLongRunM > e.PeakLongRunM.Max && f.PeakLongRunM <= habitM + RoundingM);
        var value = Km(f.PeakLongRunM);
        var expected = $"{Km(e.PeakLongRunM.Min)}–{Km(e.PeakLongRunM.Max)}";
        var easy = context.Kit.Steps.Paces.Range(Intensity.Easy).Mid;
        var ceilingM = LongRunLimit.CeilingM(context.Request, context.Settings, easy);
        string reason;
        if (f.PeakLongRunM > e.PeakLongRunM.Max + RoundingM)
            reason = inside ? $"kept at your recent longest run {Km(habitM)}: the plan never takes a long run away without a reason" : "above the published plans";
        else if (inside) reason = $"as in {e.Sources}";
        else if (ceilingM < e.PeakLongRunM.Min)
            reason = $"{Short(f.PeakLongRunM, e.PeakLongRunM.Min)}: {new Duration(LongRunLimit.CeilingS(context.Request, context.Settings))}, the long run's ceiling, "
                + $"is {Km(ceilingM)} at your easy pace {easy}; run the long runs by time, or choose a variant with a higher ceiling";
        else
        {
            var stepM = VolumeCurve.LongRunStepM(context.Settings);
            var steps = Math.Ceiling((e.PeakLongRunM.Min - Math.Max(habitM, 1)) / stepM) + VolumeCurve.LongRunTargetLead + 1;
            reason = $"{Short(f.PeakLongRunM, e.PeakLongRunM.Min)}: lengthening it safely (at most {Km(stepM)} a loading microcycle, "
                + $"within the long-run rule) from your {Km(habitM)} reaches {Km(e.PeakLongRunM.Min)} in about {WeeksNeeded(context, steps)} weeks{Available(context)}";
        }
        return new("peak_long_run", "longest run", value, expected, inside, reason);
    }

    private static EnvelopeCheck LongRunDuration(PlanFigures f, PlanRequest request, VariantSettings settings)
    {
        var ceilingS = LongRunLimit.CeilingS(request, settings);
        var inside = f.PeakLongRunS <= ceilingS + LongRunLimitInvariant.DurationToleranceS;
        var source = RaceDistanceClasses.For(request.GoalRace.Distance.Meters) == RaceDistanceClass.Marathon
            ? "the variant's marathon ceiling, Daniels' 150 min to Hansons' 3 h" : "Daniels' 150 min";
        return new("long_run_duration", "longest run's time", new Duration(f.PeakLongRunS).ToString(), $"at most {new Duration(ceilingS)}", inside,
            inside ? source : $"over {source}");
    }

    private static EnvelopeCheck LongRunCount(PlanFigures f, ReferenceEnvelope e)
    {
        var inside = f.LongRunsAtThreshold >= e.LongRunsAtThreshold;
        return new("long_runs_at_threshold", $"long runs of {Km(e.LongRunThresholdM)} or more", f.LongRunsAtThreshold.ToString(CultureInfo.InvariantCulture),
            $"at least {e.LongRunsAtThreshold}", inside,
            inside ? $"as in {e.Sources}" : $"{e.LongRunsAtThreshold - f.LongRunsAtThreshold} short: the long run reaches {Km(e.LongRunThresholdM)} too late or not at all (see the longest run)");
    }

    private static EnvelopeCheck PeakTiming(PlanFigures f, ReferenceEnvelope e)
    {
        var inside = e.PeakWeeksBeforeRace.Contains(f.PeakWeeksBeforeRace, 0.01);
        return new("peak_timing", "volume peaks before race day", $"{f.PeakWeeksBeforeRace:0.#} weeks",
            $"{e.PeakWeeksBeforeRace.Min:0.#}–{e.PeakWeeksBeforeRace.Max:0.#} weeks", inside,
            inside ? $"as in {e.Sources}" : f.PeakWeeksBeforeRace > e.PeakWeeksBeforeRace.Max
                ? "the peak comes too early: the weeks after it hold less than the peak" : "the peak comes too late for the taper");
    }

    private static EnvelopeCheck TaperDays(PlanFigures f, ReferenceEnvelope e)
    {
        var inside = e.TaperDays.Contains(f.TaperDays);
        return new("taper_days", "taper, race week included", $"{f.TaperDays} days", $"{e.TaperDays.Min:0}–{e.TaperDays.Max:0} days", inside,
            inside ? "Bosquet et al. 2007; the published plans' taper for the distance" : "the microcycle length rounds the taper away from the published plans' length");
    }

    private static EnvelopeCheck TaperCut(PlanFigures f)
    {
        var range = ReferenceEnvelopes.TaperCut;
        var inside = range.Contains(f.TaperCut, 0.01);
        return new("taper_cut", "taper's volume cut from the peak week", Pct(f.TaperCut), $"{Pct(range.Min)}–{Pct(range.Max)}", inside,
            inside ? "Bosquet et al. 2007 (MSSE 39:1358): 41–60 % with intensity kept" : "outside Bosquet et al. 2007's 41–60 %");
    }

    private static EnvelopeCheck LongRunRule(SeasonPlan plan, PlanRequest request)
    {
        var violations = new LongRunLimitInvariant().Check(plan, request).ToList();
        return new("long_run_limit", "every long run within the long-run rule", violations.Count == 0 ? "all" : $"{violations.Count} over",
            "all", violations.Count == 0,
            violations.Count == 0 ? "Daniels' share and 150 min; Higdon's half of the week for the half and marathon; your own longest run"
                : violations[0].Message);
    }

    private static EnvelopeCheck Share(string id, string figure, double share, double limit)
    {
        var inside = share <= limit + DanielsQualityLimits.ShareTolerance;
        return new(id, figure, $"{Pct(share)} of the week", $"at most {Pct(limit)}", inside,
            inside ? "Daniels' Running Formula, ch. 4" : $"over Daniels' {Pct(limit)} by {Pct(share - limit)}");
    }

    private static EnvelopeCheck MarathonPace(PlanFigures f)
    {
        var inside = f.MaxMarathonPaceS <= DanielsQualityLimits.MarathonPaceMaxS + 1 && f.MaxMarathonPaceM <= DanielsQualityLimits.MarathonPaceMaxM + RoundingM;
        return new("marathon_pace_per_session", "marathon-pace (M) running in one session", $"{Km(f.MaxMarathonPaceM)}, {new Duration(f.MaxMarathonPaceS)}",
            "at most 29 km and 1:50:00", inside, inside ? "Daniels' Running Formula, ch. 4" : "over Daniels' limit for one M session");
    }

    /// <summary>Weeks a plan needs for <paramref name="loadingSteps"/> loading-to-loading steps with the recovery rhythm, the taper and the race week.</summary>
    private static int WeeksNeeded(PlanContext context, double loadingSteps)
    {
        var every = Math.Min(context.Preset.RecoveryEvery ?? int.MaxValue, context.Settings.RecoveryEvery);
        var training = Math.Ceiling((loadingSteps + 1) * every / Math.Max(1.0, every - 1));
        var days = training * context.Request.CycleDays
            + (PhaseLayout.TaperCycles(context.Request.GoalRace.Distance.Meters, context.Request.CycleDays) + 1) * context.Request.CycleDays;
        return (int)Math.Ceiling(days / 7);
    }

    private static string Available(PlanContext context)
    {
        var weeks = (context.Request.GoalRace.Date.DayNumber - context.Request.Start.DayNumber + 1) / 7.0;
        return $"; this plan has {weeks:0.#}";
    }

    private static string Short(double value, double wanted) => $"{Pct(1 - value / wanted)} short of the published plans' least";

    private static string Km(double meters) => PlanMeasures.Km(meters);

    private static string Pct(double fraction) => string.Create(CultureInfo.InvariantCulture, $"{fraction * 100:0} %");

    private static string Times(double factor) => string.Create(CultureInfo.InvariantCulture, $"{factor:0.00} ×");
}
