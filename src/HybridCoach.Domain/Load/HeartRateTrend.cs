namespace HybridCoach.Domain.Load;

/// <summary>
/// The least-squares trend of HR at easy pace over a window ending on the as-of day: slope in bpm per 28 days
/// (negative = the same pace costs fewer beats, i.e. aerobic fitness improving), the fitted HR on the as-of
/// day, and the runs it was fitted to.
/// </summary>
public sealed record HeartRateTrend(
    DateOnly WindowStart,
    DateOnly AsOf,
    double SlopeBpmPer28Days,
    double FittedHeartRateBpmAtAsOf,
    IReadOnlyList<EasyRunHeartRate> Runs)
{
    public int RunCount => Runs.Count;
}
