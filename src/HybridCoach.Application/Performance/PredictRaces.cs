using HybridCoach.Domain.Performance;
using HybridCoach.Domain.Units;

namespace HybridCoach.Application.Performance;

/// <summary>
/// The `coach predict` use case: one race result (or best effort) in, VDOT, predictions and paces out. A result faster
/// than any human has run (<see cref="WorldRecords"/>) or a VDOT outside <see cref="MinVdot"/>–<see cref="MaxVdot"/> is
/// refused naming the input: Daniels' tables run from VDOT 30 to 85 and the formulas are extrapolated beyond; past
/// 15 (a walk) and 90 (faster than the world records) they describe no runner.
/// </summary>
public static class PredictRaces
{
    public const double MinVdot = 15;
    public const double MaxVdot = 90;

    public static RacePredictionReport From(Distance distance, Duration time, double riegelExponent = Riegel.DefaultExponent)
    {
        if (WorldRecords.ImplausibleReason(distance.Meters, time.Seconds) is { } implausible) throw new Errors.InvalidInputException("time", ": " + implausible);
        var vdot = Vdot.FromPerformance(distance, time);
        if (vdot is < MinVdot or > MaxVdot)
            throw new Errors.InvalidInputException("time", string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $": {distance.Meters / 1000:0.00} km in {time.ToTimeSpan().ToString(@"h\:mm\:ss", System.Globalization.CultureInfo.InvariantCulture)} gives VDOT {vdot:0.0}, outside {MinVdot:0}–{MaxVdot:0}: not a running performance the tables describe"));
        return new RacePredictionReport(distance, time, vdot, RacePredictor.Predict(distance, time, riegelExponent), TrainingPaces.FromVdot(vdot));
    }
}
