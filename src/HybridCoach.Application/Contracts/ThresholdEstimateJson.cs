using HybridCoach.Domain.Performance;

namespace HybridCoach.Application.Contracts;

/// <summary>A threshold pace estimated from the history, with the method and the efforts it rests on.</summary>
public sealed record ThresholdEstimateJson(string AsOf, double ThresholdPaceSPerKm, string Method, double? Vdot, string Evidence)
{
    public static ThresholdEstimateJson From(ThresholdPaceEstimate estimate) => new(
        estimate.AsOf.ToString("yyyy-MM-dd"),
        Math.Round(estimate.ThresholdPace.SecondsPerKilometer, 1),
        estimate.Method.Id(),
        estimate.Vdot is { } vdot ? Math.Round(vdot, 2) : null,
        estimate.Explain());
}
