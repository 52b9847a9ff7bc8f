using HybridCoach.Domain.Planning.Envelope;
using HybridCoach.Domain.Units;
using static HybridCoach.Domain.Planning.Invariants.PlanMeasures;

namespace HybridCoach.Domain.Planning.Invariants;

/// <summary>
/// <c>long_run_limit</c>: every long run within the references' rule (<see cref="LongRunLimit"/>): no longer than
/// Daniels' 30 % (25 % from 65 km) of its microcycle's running per 7 days, or — for the half and the marathon —
/// Higdon's half of the week up to the longest run the published plans prescribe, or the runner's own recent
/// longest run; and no longer than 150 min (the marathon: the variant's 150–180 min). Running dropped from a day the
/// athlete cannot train still counts in its week (<see cref="PlannedSession.UnavailableRunningM"/>): the week was
/// designed with it, and its long run may already be run.
/// </summary>
public sealed class LongRunLimitInvariant : IPlanInvariant
{
    public const double DurationToleranceS = 1;

    public string Id => "long_run_limit";

    public IEnumerable<PlanViolation> Check(SeasonPlan plan, PlanRequest request)
    {
        var ceilingS = LongRunLimit.CeilingS(request, plan.Settings);
        foreach (var cycle in plan.Microcycles)
        {
            var weekM = (RunningDistanceM(cycle) + cycle.Days.Sum(d => Finite(d.UnavailableRunningM))) * LongRunLimit.WeekScale(cycle.LengthDays);
            var maxM = LongRunLimit.MaxM(weekM, request);
            foreach (var run in cycle.Days.Where(d => d.Type == SessionType.Long))
            {
                if (Finite(run.DistanceM) > maxM + ShareTolerance * weekM)
                    yield return new PlanViolation(Id, cycle.Index, run.Date,
                        $"{Day(run.Date)} long run {Km(run.DistanceM)} is {Percent(weekM > 0 ? run.DistanceM / weekM : 1)} of microcycle {cycle.Index}'s "
                        + $"{Km(weekM)}{(cycle.LengthDays > 7 ? " per 7 days" : "")}; at most {Km(maxM)} ({Reason(weekM, request)})");
                if (run.DurationS > ceilingS + DurationToleranceS)
                    yield return new PlanViolation(Id, cycle.Index, run.Date,
                        $"{Day(run.Date)} long run lasts {new Duration(run.DurationS)}; at most {new Duration(ceilingS)} (microcycle {cycle.Index})");
            }
        }
    }

    private static string Reason(double weekM, PlanRequest request)
    {
        var envelope = ReferenceEnvelopes.For(request);
        var daniels = $"Daniels' {LongRunLimit.DanielsShareFor(weekM) * 100:0} % of the week";
        var habit = $"your recent longest run {Km(LongRunLimit.HabitM(request))}";
        return envelope.Distance is RaceDistanceClass.Half or RaceDistanceClass.Marathon
            ? $"the larger of {daniels}, half the week up to {Km(envelope.PeakLongRunM.Max)} for the {envelope.Distance.Words()} and {habit}"
            : $"the larger of {daniels} and {habit}";
    }
}
