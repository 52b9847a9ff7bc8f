namespace HybridCoach.Domain.Planning.Invariants;

/// <summary>
/// Expands a session's steps into the leaf steps actually run, with how many times each is run (repeat blocks
/// multiplied, nested blocks too), and sizes each leaf: a step is prescribed by distance or by time, the other
/// figure is estimated at the middle of its pace band (null when the step has no pace to convert with).
/// </summary>
public static class StepMeasures
{
    public static IEnumerable<(SessionStep Step, int Times)> Leaves(IReadOnlyList<SessionStep> steps) => Leaves(steps, 1);

    public static double? Seconds(SessionStep step) =>
        step.DurationS ?? (step.DistanceM is { } m && step.Pace is { } p ? m * p.Mid.SecondsPerKilometer / 1000 : null);

    public static double? Meters(SessionStep step) =>
        step.DistanceM ?? (step.DurationS is { } s && step.Pace is { } p ? s / p.Mid.SecondsPerKilometer * 1000 : null);

    /// <summary>Sum over the leaves of <paramref name="measure"/> × repeats; null if any leaf cannot be sized.</summary>
    public static double? Total(IReadOnlyList<SessionStep> steps, Func<SessionStep, double?> measure)
    {
        var total = 0.0;
        foreach (var (step, times) in Leaves(steps))
        {
            if (measure(step) is not { } value || !double.IsFinite(value)) return null;
            total += value * times;
        }
        return total;
    }

    private static IEnumerable<(SessionStep Step, int Times)> Leaves(IReadOnlyList<SessionStep> steps, int times)
    {
        foreach (var step in steps)
        {
            if (step.Kind != StepKind.Repeat)
            {
                yield return (step, times);
                continue;
            }
            // A non-positive repeat count runs nothing; session_sums reports it.
            foreach (var leaf in Leaves(step.Children, times * Math.Max(step.Repeats, 0))) yield return leaf;
        }
    }
}
