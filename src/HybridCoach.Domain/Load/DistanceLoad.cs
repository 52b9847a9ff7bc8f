using HybridCoach.Domain.Activities;

namespace HybridCoach.Domain.Load;

/// <summary>Load as kilometres covered.</summary>
public static class DistanceLoad
{
    public const string Id = "distance_load";

    public static LoadValue Compute(ActivitySummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var km = summary.Distance.Kilometers;
        if (!(km >= 0)) throw new ArgumentException($"distance {summary.Distance.Meters} m is negative or not a number", nameof(summary));
        return new LoadValue(LoadMeasure.Distance, km, Id, FormattableString.Invariant($"{km:0.00} km"));
    }
}
