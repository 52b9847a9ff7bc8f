using static HybridCoach.Domain.Planning.Invariants.PlanMeasures;

namespace HybridCoach.Domain.Planning.Invariants;

/// <summary>
/// <c>session_sums</c>: no negative, NaN or infinite distance or time in a session or step, no repeat block run
/// fewer than once, every step sized by distance or time, and a session with steps has DistanceM and DurationS
/// equal to the sum of its steps (repeats multiplied) within <see cref="RelativeTolerance"/>. A step's missing
/// figure is estimated at the middle of its pace band (<see cref="StepMeasures"/>); a sum that cannot be
/// estimated (a timed step without a pace, e.g. a walk) is not compared. A plan whose totals disagree with its
/// prescription would show the athlete, the calendar and the watch different workouts.
/// </summary>
public sealed class SessionSumsInvariant : IPlanInvariant
{
    public const double RelativeTolerance = 0.01;

    /// <summary>Half a metre / half a second of absolute slack, so totals rounded to whole units pass.</summary>
    public const double AbsoluteTolerance = 0.5;

    public string Id => "session_sums";

    public IEnumerable<PlanViolation> Check(SeasonPlan plan, PlanRequest request)
    {
        foreach (var cycle in plan.Microcycles)
            foreach (var session in cycle.Days)
                foreach (var message in Problems(session))
                    yield return new PlanViolation(Id, cycle.Index, session.Date,
                        $"{Day(session.Date)} {session.Type.ToId()} (microcycle {cycle.Index}): {message}");
    }

    private static IEnumerable<string> Problems(PlannedSession session)
    {
        if (Bad(session.DistanceM)) yield return $"distance {session.DistanceM} m is negative or not a number";
        if (Bad(session.DurationS)) yield return $"duration {session.DurationS} s is negative or not a number";
        foreach (var message in StepProblems(session.Steps)) yield return message;
        if (session.Steps.Count == 0) yield break;
        if (Mismatch("distance", session.DistanceM, StepMeasures.Total(session.Steps, StepMeasures.Meters), "m") is { } distance)
            yield return distance;
        if (Mismatch("duration", session.DurationS, StepMeasures.Total(session.Steps, StepMeasures.Seconds), "s") is { } duration)
            yield return duration;
    }

    private static IEnumerable<string> StepProblems(IReadOnlyList<SessionStep> steps)
    {
        foreach (var step in steps)
        {
            if (step.Kind == StepKind.Repeat)
            {
                if (step.Repeats < 1) yield return $"repeat block '{step.Description}' runs {step.Repeats} times; at least once";
                foreach (var message in StepProblems(step.Children)) yield return message;
                continue;
            }
            if (step.DistanceM is null && step.DurationS is null) yield return $"step '{step.Description}' has neither distance nor time";
            if (step.DistanceM is { } m && Bad(m)) yield return $"step '{step.Description}' distance {m} m is negative or not a number";
            if (step.DurationS is { } s && Bad(s)) yield return $"step '{step.Description}' duration {s} s is negative or not a number";
        }
    }

    private static string? Mismatch(string what, double total, double? stepsSum, string unit)
    {
        if (stepsSum is not { } sum || Bad(total)) return null;
        var gap = Math.Abs(total - sum);
        if (gap <= RelativeTolerance * Math.Max(Math.Abs(total), Math.Abs(sum)) + AbsoluteTolerance) return null;
        var off = sum == 0 ? 1 : gap / Math.Abs(sum);
        return $"{what} {total:0.#} {unit} but its steps sum to {sum:0.#} {unit} ({Percent(off)} off; at most {Percent(RelativeTolerance)})";
    }

    private static bool Bad(double value) => !double.IsFinite(value) || value < 0;
}
