using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Performance;

/// <summary>
/// Equivalent race times from one performance, by each method: VDOT (science.md §1.1–1.2) and Riegel (§2).
/// </summary>
public static class RacePredictor
{
    public const string Id = "race_prediction";

    /// <summary>
    /// One prediction per target distance and method, ordered by distance, VDOT before Riegel.
    /// <paramref name="targets"/> defaults to <see cref="RaceDistance.Standard"/> (1500 m to the marathon).
    /// </summary>
    public static IReadOnlyList<RacePrediction> Predict(Distance distance, Duration time,
        double riegelExponent = Riegel.DefaultExponent, IReadOnlyList<RaceDistance>? targets = null)
    {
        var vdot = Vdot.FromPerformance(distance, time);
        PerformanceGuard.PositiveNumber(riegelExponent, nameof(riegelExponent), "");
        var predictions = new List<RacePrediction>();
        foreach (var target in (targets ?? RaceDistance.Standard).OrderBy(t => t.Distance))
        {
            predictions.Add(new RacePrediction(target, PredictionMethod.Vdot, Vdot.EquivalentTime(vdot, target.Distance)));
            predictions.Add(new RacePrediction(target, PredictionMethod.Riegel,
                Riegel.PredictTime(distance, time, target.Distance, riegelExponent)));
        }
        return predictions;
    }

    /// <summary>VDOT-equivalent times for <paramref name="vdot"/>, one per target distance, shortest first.</summary>
    public static IReadOnlyList<RacePrediction> ForVdot(double vdot, IReadOnlyList<RaceDistance>? targets = null) =>
        (targets ?? RaceDistance.Standard)
            .OrderBy(t => t.Distance)
            .Select(t => new RacePrediction(t, PredictionMethod.Vdot, Vdot.EquivalentTime(vdot, t.Distance)))
            .ToList();
}
