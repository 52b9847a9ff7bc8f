using HybridCoach.Domain.Performance;
using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Planning;

/// <summary>
/// The athlete's current VDOT: the one given (from a recent race or best effort), otherwise from threshold pace,
/// taking Daniels' T pace as the speed whose oxygen cost is <see cref="TrainingPaces.ThresholdFraction"/>
/// (≈ 88 %) of VDOT — the fraction fitted to Daniels' table (science.md §1.4), the exact inverse of
/// <see cref="TrainingPaces.FromVdot"/>'s T pace. Example: T 4:15/km (VDOT 50 in the table) → ≈ 50.
/// </summary>
public static class FitnessVdot
{
    public static double Current(AthleteFitness fitness)
    {
        ArgumentNullException.ThrowIfNull(fitness);
        if (fitness.Vdot is { } vdot)
        {
            if (!double.IsFinite(vdot) || vdot <= 0) throw new ArgumentException($"vdot {vdot}: must be a finite number above 0");
            return vdot;
        }
        return FromThresholdPace(fitness.ThresholdPace);
    }

    public static double FromThresholdPace(Pace thresholdPace)
    {
        if (!(thresholdPace.SecondsPerKilometer > 0) || !double.IsFinite(thresholdPace.SecondsPerKilometer))
            throw new ArgumentException($"threshold_pace {thresholdPace.SecondsPerKilometer} s/km: must be a finite pace above 0");
        return RunningOxygenCost.Vo2MlPerKgPerMin(thresholdPace.ToSpeed()) / TrainingPaces.ThresholdFraction;
    }
}
