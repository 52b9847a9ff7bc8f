using static HybridCoach.Domain.Planning.Invariants.PlanMeasures;

namespace HybridCoach.Domain.Planning.Invariants;

/// <summary>
/// <c>taper_reduction</c>: the taper microcycles' mean running distance (per 7 days) is 40–60 % below the peak
/// base/build/sharpen microcycle (per 7 days), and at least one hard session is kept in the taper. Bosquet et
/// al. 2007 (MSSE 39:1358, meta-analysis of 27 studies): volume cut by 41–60 % with intensity kept was best;
/// Mujika &amp; Padilla 2003 (MSSE 35:1182): maintain intensity (science.md §12). A plan that reaches its goal
/// race without any taper microcycle is reported too.
/// </summary>
public sealed class TaperReductionInvariant : IPlanInvariant
{
    public const double MinReduction = 0.40;
    public const double MaxReduction = 0.60;

    public string Id => "taper_reduction";

    public IEnumerable<PlanViolation> Check(SeasonPlan plan, PlanRequest request)
    {
        var taper = Taper(plan, request);
        if (taper.Count == 0)
        {
            if (Covers(plan, request.GoalRace.Date))
                yield return new PlanViolation(Id, null, request.GoalRace.Date,
                    $"no taper before the goal race on {Day(request.GoalRace.Date)}");
            yield break;
        }
        var first = taper[0];
        var loading = plan.Microcycles.Where(c => IsTrainingPhase(c.Phase)).ToList();
        if (loading.Count > 0)
        {
            var peak = loading.MaxBy(RunningDistanceMPerWeek)!;
            var peakM = RunningDistanceMPerWeek(peak);
            var meanM = taper.Average(TrainingMPerWeek);
            var reduction = peakM > 0 ? 1 - meanM / peakM : 0;
            if (peakM > 0 && (reduction < MinReduction - ShareTolerance || reduction > MaxReduction + ShareTolerance))
                yield return new PlanViolation(Id, first.Index, first.Start,
                    $"taper (microcycles {first.Index}–{taper[^1].Index}): mean {Km(meanM)} per 7 days is {Percent(reduction)} below "
                    + $"the peak microcycle {peak.Index}'s {Km(peakM)}; expected {MinReduction * 100:0}–{MaxReduction * 100:0} % below");
        }
        // Intensity kept: a quality session (by its type — marathon-pace work counts, though it sits in Seiler's moderate band).
        if (!taper.Any(c => c.Days.Any(d => d.Type.IsHard() && d.Type != SessionType.Race)))
            yield return new PlanViolation(Id, first.Index, first.Start,
                $"taper (microcycles {first.Index}–{taper[^1].Index}) has no quality session; keep some intensity while cutting volume");
    }

    /// <summary>The taper microcycles, else the race microcycle of a short race's race-week taper (when it holds the goal race).</summary>
    public static IReadOnlyList<Microcycle> Taper(SeasonPlan plan, PlanRequest request)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(request);
        var taper = plan.Microcycles.Where(c => c.Phase == Phase.Taper).ToList();
        if (taper.Count > 0) return taper;
        return plan.Microcycles.Where(c => c.Phase == Phase.Race && c.Days.Any(d => d.Date == request.GoalRace.Date)
            && PhaseLayout.TaperCycles(request.GoalRace.Distance.Meters, request.CycleDays, c.LengthDays) == 0).ToList();
    }

    /// <summary>
    /// Running per 7 days without the races in it (the race microcycle's taper is the running before the race), with
    /// the running of days the athlete cannot train (<see cref="PlannedSession.UnavailableRunningM"/>): the taper was
    /// designed with it, and a holiday in the taper must take effect, not be refused for cutting too deep.
    /// </summary>
    public static double TrainingMPerWeek(Microcycle cycle) =>
        cycle.LengthDays == 0 ? 0 : cycle.Days.Sum(d => (d.Type.IsRunning() && d.Type != SessionType.Race ? Finite(d.DistanceM) : 0)
            + Finite(d.UnavailableRunningM)) / cycle.LengthDays * 7;
}
