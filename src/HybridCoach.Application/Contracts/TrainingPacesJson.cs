using HybridCoach.Domain.Performance;

namespace HybridCoach.Application.Contracts;

/// <summary>Daniels' training paces in seconds per kilometre.</summary>
public sealed record TrainingPacesJson(double EasySlowSPerKm, double EasyFastSPerKm, double MarathonSPerKm, double ThresholdSPerKm, double IntervalSPerKm, double RepetitionSPerKm)
{
    public static TrainingPacesJson From(TrainingPaces paces) => new(
        Math.Round(paces.EasySlow.SecondsPerKilometer, 1),
        Math.Round(paces.EasyFast.SecondsPerKilometer, 1),
        Math.Round(paces.Marathon.SecondsPerKilometer, 1),
        Math.Round(paces.Threshold.SecondsPerKilometer, 1),
        Math.Round(paces.Interval.SecondsPerKilometer, 1),
        Math.Round(paces.Repetition.SecondsPerKilometer, 1));
}
