using HybridCoach.Domain.Performance;
using HybridCoach.Domain.Units;

namespace HybridCoach.Application.Contracts;

/// <summary>The profile's threshold pace beside the history's estimate when they differ by more than <see cref="ThresholdDisagreement.MaxDifferencePct"/> (positive = the profile is faster).</summary>
public sealed record ThresholdWarningJson(double ProfilePaceSPerKm, double DifferencePct, string Message, ThresholdEstimateJson Estimate)
{
    public static ThresholdWarningJson? From(ThresholdDisagreement? warning, DistanceUnit units) => warning is null ? null : new(
        Math.Round(warning.ProfilePace.SecondsPerKilometer, 1), Math.Round(warning.DifferencePct, 1), warning.Message(units),
        ThresholdEstimateJson.From(warning.Estimate));
}
