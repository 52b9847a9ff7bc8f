namespace HybridCoach.Domain.Activities;

/// <summary>An imported activity: its summary, laps, splits, best efforts and compact sample columns.</summary>
public sealed record Activity(
    ActivitySummary Summary,
    IReadOnlyList<Lap> Laps,
    IReadOnlyList<Split> KilometerSplits,
    IReadOnlyList<Split> MileSplits,
    IReadOnlyList<BestEffort> BestEfforts,
    SampleSeries Samples,
    ActivitySource Source)
{
    /// <summary>The store's id; 0 until stored.</summary>
    public long Id { get; init; }
}
