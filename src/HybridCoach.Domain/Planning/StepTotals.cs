namespace HybridCoach.Domain.Planning;

/// <summary>
/// Distance and time of a list of steps, repeats expanded: a step sized by distance takes distance × mid pace,
/// one sized by time covers time ÷ mid pace; a step without a pace (cross-training) has time only.
/// Also the time per zone id, for the easy-share and the projected load.
/// </summary>
public static class StepTotals
{
    public static (double DistanceM, double DurationS) Of(IReadOnlyList<SessionStep> steps)
    {
        double distance = 0, duration = 0;
        foreach (var (step, times) in Leaves(steps, 1))
        {
            var (d, t) = Leaf(step);
            distance += d * times;
            duration += t * times;
        }
        return (distance, duration);
    }

    /// <summary>Every leaf step with how many times it is done (product of the enclosing repeats).</summary>
    public static IEnumerable<(SessionStep Step, int Times)> Leaves(IReadOnlyList<SessionStep> steps, int times = 1)
    {
        foreach (var step in steps)
        {
            if (step.Kind == StepKind.Repeat)
            {
                foreach (var leaf in Leaves(step.Children, times * step.Repeats)) yield return leaf;
            }
            else
            {
                yield return (step, times);
            }
        }
    }

    public static (double DistanceM, double DurationS) Leaf(SessionStep step)
    {
        var secondsPerKm = step.Pace?.Mid.SecondsPerKilometer;
        if (step.DistanceM is { } m) return (m, secondsPerKm is { } p ? m / 1000 * p : 0);
        if (step.DurationS is { } s) return (secondsPerKm is { } p ? s / p * 1000 : 0, s);
        return (0, 0);
    }
}
