using HybridCoach.Domain.Performance;
using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Planning;

/// <summary>
/// Compares the goal's target time with current fitness. Current VDOT: <see cref="FitnessVdot"/> (the athlete's
/// VDOT, else from threshold pace at ≈ 88 % of VO2max). Target VDOT: Daniels' VDOT of the target time
/// (science.md §1.1). The predicted time is the current VDOT's equivalent (Daniels' tables, §1.2). How much VDOT can
/// grow in the weeks to the race is a range from published rates for the runner's training age and volume
/// (<see cref="ImprovementRate"/>): the target is realistic when the slower rate reaches it, a stretch when only the
/// faster rate does, and unrealistic beyond it — then the range within reach is offered instead.
/// </summary>
public static class FeasibilityCheck
{
    public static Feasibility Assess(PlanRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var distance = request.GoalRace.Distance;
        var current = FitnessVdot.Current(request.Fitness);
        var predicted = Vdot.EquivalentTime(current, distance);
        var weeks = (request.GoalRace.Date.DayNumber - request.Start.DayNumber) / 7.0;
        var rate = ImprovementRate.For(request.Fitness.TrainingAgeYears, request.Fitness.WeeklyDistanceM, current);
        var (slowGain, fastGain) = rate.GainIn(weeks);
        var fastest = Vdot.EquivalentTime(current + fastGain, distance);
        var slowest = Vdot.EquivalentTime(current + slowGain, distance);
        var range = $"{slowest}–{fastest} is within reach in {weeks:0} weeks for {rate.Basis}";
        if (request.TargetTime is not { } target)
        {
            return new Feasibility(true, current, null, predicted, fastest,
                $"No target time: current fitness (VDOT {current:0.0}) predicts {predicted} for {distance}; {range}.", slowest, rate.Basis);
        }
        if (!(target.Seconds > 0) || !double.IsFinite(target.Seconds))
            throw new ArgumentException($"target_time {target.Seconds} s: must be a finite time above 0");
        var needed = Vdot.FromPerformance(distance, target);
        var gain = needed - current;
        if (needed <= current + fastGain)
            return new Feasibility(true, current, needed, predicted, fastest, Reachable(target, needed, current, predicted, gain, slowGain, range), slowest, rate.Basis);
        return new Feasibility(false, current, needed, predicted, fastest,
            $"Unrealistic: {target} needs VDOT {needed:0.0}, {gain:0.0} points above today's {current:0.0} (which predicts {predicted}); " +
            $"aim for {slowest}–{fastest} instead, what is within reach in {weeks:0} weeks for {rate.Basis}.", slowest, rate.Basis);
    }

    private static string Reachable(Duration target, double needed, double current, Duration predicted, double gain, double slowGain, string range) =>
        gain <= 0 ? $"Realistic: {target} needs VDOT {needed:0.0}; current fitness (VDOT {current:0.0}) already predicts {predicted}."
        : gain <= slowGain ? $"Realistic: {target} needs VDOT {needed:0.0}, {gain:0.0} points above today's {current:0.0}; {range}."
        : $"A stretch: {target} needs VDOT {needed:0.0}, {gain:0.0} points above today's {current:0.0} — only the faster rate gets there; {range}.";

    /// <summary>The goal pace: target time ÷ distance, else the current VDOT's equivalent time ÷ distance.</summary>
    public static Pace GoalPace(PlanRequest request)
    {
        var distance = request.GoalRace.Distance;
        var time = request.TargetTime is { Seconds: > 0 } target ? target : Vdot.EquivalentTime(FitnessVdot.Current(request.Fitness), distance);
        return new Pace(time.Seconds / distance.Kilometers);
    }
}
