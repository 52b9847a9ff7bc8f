using HybridCoach.Domain.Performance;
using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Adaptation;

/// <summary>
/// How hard a planned session is, on the four measures <see cref="NeverHarder"/> compares: its load
/// (<see cref="PlannedLoad"/>, running-stress units), the fastest pace it prescribes (the quick bound of any paced
/// step; null when nothing is paced, e.g. cross-training or rest), its top pace zone (1–6, from the step's zone id
/// or the zone of its mid pace, whichever is higher; 0 when nothing is paced) and its hard time: seconds of paced
/// steps in zone 4 (threshold) or above, the "hard" side of the threshold in Seiler's sense (science.md §11.1 zones).
/// </summary>
public sealed record NeverHarderMeasures(double Load, Pace? HardestPace, int TopZone, double HardSeconds)
{
    public static NeverHarderMeasures Of(PlannedSession session, Pace thresholdPace)
    {
        ArgumentNullException.ThrowIfNull(session);
        var zones = PaceZones.FromThreshold(thresholdPace);
        double? fastest = null;
        int topZone = 0;
        double hardSeconds = 0;
        foreach (var (step, times) in StepTotals.Leaves(session.Steps))
        {
            if (step.Pace is not { } pace) continue;
            fastest = Math.Min(fastest ?? double.MaxValue, pace.Fast.SecondsPerKilometer);
            var zone = Math.Max(PlannedIntensity.ZoneNumber(step.ZoneId), PaceZones.ZoneOf(zones, pace.Mid).Number);
            topZone = Math.Max(topZone, zone);
            if (zone >= PlannedIntensity.FirstHardZone) hardSeconds += times * StepTotals.Leaf(step).DurationS;
        }
        var load = PlannedLoad.Of(session, thresholdPace.SecondsPerKilometer);
        return new NeverHarderMeasures(load, fastest is { } f ? new Pace(f) : null, topZone, hardSeconds);
    }
}
