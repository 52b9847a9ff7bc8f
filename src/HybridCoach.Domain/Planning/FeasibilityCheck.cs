using HybridCoach.Domain.Performance;
using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Planning;

/// <summary>
/// Compares the goal's target time with current fitness. Current VDOT: <see cref="FitnessVdot"/> (the athlete's
/// VDOT, else from threshold pace at ≈ 88 % of VO2max). Target VDOT: Daniels' VDOT of the target time
/// (science.md §1.1). The predicted time is the current VDOT's equivalent (Daniels' tables, §1.2).
/// How much VDOT can grow is a rule of thumb, not a published rate: we allow
/// <see cref="VdotPointsPerWeek"/> = 1 point per 3 weeks of training (Daniels advises raising the training VDOT by
/// one point only after 4–6 weeks at a level, so this is already generous), and never more than
/// <see cref="MaxVdotGain"/> points in one season. A target needing more is called unrealistic, and the time at
/// the reachable VDOT is offered instead.
/// </summary>
public static class FeasibilityCheck
{
    public const double VdotPointsPerWeek = 1.0 / 3;
    public const double MaxVdotGain = 8;

    public static Feasibility Assess(PlanRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var distance = request.GoalRace.Distance;
        var current = FitnessVdot.Current(request.Fitness);
        var predicted = Vdot.EquivalentTime(current, distance);
        var weeks = (request.GoalRace.Date.DayNumber - request.Start.DayNumber) / 7.0;
        var reachable = current + Math.Min(MaxVdotGain, weeks * VdotPointsPerWeek);
        var realisticTime = Vdot.EquivalentTime(reachable, distance);
        if (request.TargetTime is not { } target)
        {
            return new Feasibility(true, current, null, predicted, realisticTime,
                $"No target time: current fitness (VDOT {current:0.0}) predicts {predicted} for {distance}; about {realisticTime} is within reach in {weeks:0} weeks.");
        }
        if (!(target.Seconds > 0) || !double.IsFinite(target.Seconds))
            throw new ArgumentException($"target_time {target.Seconds} s: must be a finite time above 0");
        var needed = Vdot.FromPerformance(distance, target);
        var gain = needed - current;
        if (needed <= reachable)
        {
            var verdict = gain <= 0
                ? $"Realistic: {target} needs VDOT {needed:0.0}; current fitness (VDOT {current:0.0}) already predicts {predicted}."
                : $"Realistic: {target} needs VDOT {needed:0.0}, {gain:0.0} points above today's {current:0.0} — reachable in {weeks:0} weeks (≈ 1 point per 3 weeks).";
            return new Feasibility(true, current, needed, predicted, target, verdict);
        }
        return new Feasibility(false, current, needed, predicted, realisticTime,
            $"Unrealistic: {target} needs VDOT {needed:0.0}, {gain:0.0} points above today's {current:0.0} (which predicts {predicted}); " +
            $"in {weeks:0} weeks about {reachable - current:0.0} points (≈ 1 per 3 weeks) is a realistic gain, so aim for about {realisticTime}.");
    }

    /// <summary>The goal pace: target time ÷ distance, else the current VDOT's equivalent time ÷ distance.</summary>
    public static Pace GoalPace(PlanRequest request)
    {
        var distance = request.GoalRace.Distance;
        var time = request.TargetTime is { Seconds: > 0 } target ? target : Vdot.EquivalentTime(FitnessVdot.Current(request.Fitness), distance);
        return new Pace(time.Seconds / distance.Kilometers);
    }
}
