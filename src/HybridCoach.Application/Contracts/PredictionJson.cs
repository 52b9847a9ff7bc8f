using HybridCoach.Application.Performance;
using HybridCoach.Domain.Performance;

namespace HybridCoach.Application.Contracts;

/// <summary>`coach predict --json`: VDOT, predictions per distance and method, Daniels training paces (s/km).</summary>
public sealed record PredictionJson(double DistanceM, double TimeS, double Vdot, IReadOnlyList<PredictedRaceJson> Predictions, TrainingPacesJson TrainingPaces)
{
    public static PredictionJson From(RacePredictionReport report) => new(
        report.Distance.Meters,
        report.Time.Seconds,
        Math.Round(report.Vdot, 2),
        report.Predictions.Select(p => new PredictedRaceJson(p.Distance.Id, p.Distance.Distance.Meters, p.Method.Id(), Math.Round(p.Time.Seconds, 1), Math.Round(p.Pace.SecondsPerKilometer, 1))).ToArray(),
        TrainingPacesJson.From(report.Paces));
}
