using HybridCoach.Domain.Load;

namespace HybridCoach.Application.Contracts;

/// <summary>The trend of HR at easy pace: least-squares slope in bpm per 28 days over the window, and the runs it rests on.</summary>
public sealed record EasyPaceTrendJson(DateOnly WindowStart, DateOnly AsOf, double SlopeBpmPerFourWeeks, double FittedHrBpmAtAsOf, int Runs)
{
    public static EasyPaceTrendJson From(HeartRateTrend trend) => new(
        trend.WindowStart, trend.AsOf, Math.Round(trend.SlopeBpmPer28Days, 2), Math.Round(trend.FittedHeartRateBpmAtAsOf, 1), trend.RunCount);
}
