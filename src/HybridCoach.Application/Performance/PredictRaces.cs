using HybridCoach.Domain.Performance;
using HybridCoach.Domain.Units;

namespace HybridCoach.Application.Performance;

/// <summary>The `coach predict` use case: one race result (or best effort) in, VDOT, predictions and paces out.</summary>
public static class PredictRaces
{
    public static RacePredictionReport From(Distance distance, Duration time, double riegelExponent = Riegel.DefaultExponent)
    {
        var vdot = Vdot.FromPerformance(distance, time);
        return new RacePredictionReport(distance, time, vdot, RacePredictor.Predict(distance, time, riegelExponent), TrainingPaces.FromVdot(vdot));
    }
}
