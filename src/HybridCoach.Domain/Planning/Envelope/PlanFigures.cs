using HybridCoach.Domain.Planning.Invariants;

namespace HybridCoach.Domain.Planning.Envelope;

/// <summary>
/// The figures of a season plan that the published plans are compared on (<see cref="EnvelopeReview"/>): the
/// starting and peak week (running per 7 days), the longest long run (distance and time), how many long runs reach the
/// envelope's threshold, how many weeks before race day the volume last stands at its peak (a microcycle within
/// <see cref="PeakBand"/> of the largest), the taper's days and cut (its running up to race day, races excluded, per 7
/// days, against the peak week), and the largest share of a week one session runs at T, I and R pace, with the
/// largest marathon-pace block (in a marathon plan, running at goal pace counts as M whatever its zone).
/// </summary>
public sealed record PlanFigures(
    double StartWeekM,
    double PeakWeekM,
    double PeakLongRunM,
    double PeakLongRunS,
    int LongRunsAtThreshold,
    double PeakWeeksBeforeRace,
    int TaperDays,
    double TaperCut,
    double MaxThresholdShare,
    double MaxIntervalShare,
    double MaxRepetitionShare,
    double MaxMarathonPaceM,
    double MaxMarathonPaceS)
{
    /// <summary>A microcycle at least this share of the peak still counts as the peak (the specific phase holds it).</summary>
    public const double PeakBand = 0.98;

    /// <summary>
    /// A long run this share short of a long-run figure still counts: the planner keeps 3 % under the long-run rule
    /// for rounding, and the published figures are whole miles.
    /// </summary>
    public const double LongRunTolerance = 0.05;

    public double PeakVolumeFactor => StartWeekM > 0 ? PeakWeekM / StartWeekM : 0;

    public static PlanFigures Of(SeasonPlan plan, PlanRequest request, ReferenceEnvelope envelope)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(envelope);
        var training = plan.Microcycles.Where(c => PlanMeasures.IsTrainingPhase(c.Phase)).ToList();
        var peakM = training.Select(PlanMeasures.RunningDistanceMPerWeek).DefaultIfEmpty(0).Max();
        var lastPeak = training.LastOrDefault(c => PlanMeasures.RunningDistanceMPerWeek(c) >= peakM * PeakBand);
        var longRuns = plan.Sessions.Where(s => s.Type == SessionType.Long).ToList();
        var longest = longRuns.MaxBy(s => s.DistanceM);
        var race = request.GoalRace.Date;
        var taperStart = (training.LastOrDefault()?.End ?? plan.Start.AddDays(-1)).AddDays(1);
        var taperDays = Math.Max(0, race.DayNumber - taperStart.DayNumber + 1);
        var marathonPace = RaceDistanceClasses.For(request.GoalRace.Distance.Meters) == RaceDistanceClass.Marathon
            ? FeasibilityCheck.GoalPace(request) : (Units.Pace?)null;
        var hard = Quality.Of(plan, marathonPace);
        return new PlanFigures(
            Math.Max(VolumeCurve.MinWeeklyM, request.Fitness.WeeklyDistanceM), peakM,
            longest?.DistanceM ?? 0, longest?.DurationS ?? 0,
            longRuns.Count(s => s.DistanceM >= envelope.LongRunThresholdM * (1 - LongRunTolerance)),
            lastPeak is null ? 0 : (race.DayNumber - lastPeak.End.DayNumber) / 7.0,
            taperDays, CutOf(plan, taperStart, race, peakM),
            hard.ThresholdShare, hard.IntervalShare, hard.RepetitionShare, hard.MarathonPaceM, hard.MarathonPaceS);
    }

    private static double CutOf(SeasonPlan plan, DateOnly taperStart, DateOnly race, double peakM)
    {
        var days = race.DayNumber - taperStart.DayNumber + 1;
        if (days <= 1 || peakM <= 0) return 0;
        var runningM = plan.Sessions.Where(s => s.Date >= taperStart && s.Date < race && s.Type.IsRunning() && s.Type != SessionType.Race)
            .Sum(s => PlanMeasures.Finite(s.DistanceM));
        return 1 - runningM / days * 7 / peakM;
    }

    /// <summary>Per session, the share of its microcycle's running at T, I and R pace, and its marathon-pace block.</summary>
    private sealed record Quality(double ThresholdShare, double IntervalShare, double RepetitionShare, double MarathonPaceM, double MarathonPaceS)
    {
        public static Quality Of(SeasonPlan plan, Units.Pace? marathonPace)
        {
            var result = new Quality(0, 0, 0, 0, 0);
            foreach (var cycle in plan.Microcycles)
            {
                var weekM = PlanMeasures.RunningDistanceMPerWeek(cycle);
                if (weekM <= 0) continue;
                foreach (var session in cycle.Days.Where(d => d.Type != SessionType.Race))
                {
                    var (t, i, r, mM, mS) = ByZone(session, marathonPace);
                    result = new Quality(Math.Max(result.ThresholdShare, t / weekM), Math.Max(result.IntervalShare, i / weekM),
                        Math.Max(result.RepetitionShare, r / weekM), Math.Max(result.MarathonPaceM, mM), Math.Max(result.MarathonPaceS, mS));
                }
            }
            return result;
        }

        private static (double T, double I, double R, double MM, double MS) ByZone(PlannedSession session, Units.Pace? marathonPace)
        {
            double t = 0, i = 0, r = 0, mM = 0, mS = 0;
            foreach (var (step, times) in StepTotals.Leaves(session.Steps))
            {
                if (step.Kind is not StepKind.Active) continue;
                var (m, s) = StepTotals.Leaf(step);
                // A marathon plan's goal-pace running is M work whatever zone the athlete's threshold puts it in.
                var zone = AtPace(step, marathonPace) ? 3 : PlannedIntensity.ZoneNumber(step.ZoneId);
                switch (zone)
                {
                    case 3: mM += m * times; mS += s * times; break;
                    case 4: t += m * times; break;
                    case 5: i += m * times; break;
                    case 6: r += m * times; break;
                }
            }
            return (t, i, r, mM, mS);
        }

        /// <summary>Whether the step is run at the goal marathon pace (its band's middle within 2 % of it).</summary>
        private static bool AtPace(SessionStep step, Units.Pace? pace) =>
            pace is { } p && step.Pace is { } band && Math.Abs(band.Mid.SecondsPerKilometer / p.SecondsPerKilometer - 1) <= 0.02;
    }
}
