namespace HybridCoach.Domain.Planning;

/// <summary>
/// A planned session's time at or above threshold: the seconds of its steps whose target zone is pace zone 4
/// (threshold) or faster — Seiler's hard band, as <see cref="Load.IntensityBands"/> maps the zones. Each step carries
/// its zone id from the athlete's own zones (<see cref="PaceBook"/>), so no threshold is needed here.
/// </summary>
public static class PlannedIntensity
{
    public const int FirstHardZone = 4;

    public static double SecondsAtOrAboveThreshold(PlannedSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        double seconds = 0;
        foreach (var (step, times) in StepTotals.Leaves(session.Steps))
            if (ZoneNumber(step.ZoneId) >= FirstHardZone) seconds += times * StepTotals.Leaf(step).DurationS;
        return seconds;
    }

    /// <summary>z1..z6 → 1..6; any other id (or none) → 0.</summary>
    public static int ZoneNumber(string? zoneId) =>
        zoneId is { Length: 2 } id && id[0] == 'z' && id[1] is >= '1' and <= '6' ? id[1] - '0' : 0;
}
