using HybridCoach.Domain.Performance;
using HybridCoach.Domain.Racing;
using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Planning;

/// <summary>
/// A race day: a warm-up for races up to the half marathon, the race at its pace (the goal pace for the A race;
/// the VDOT-equivalent pace from current fitness for B and C races, Daniels' tables, science.md §1.2) and a
/// cool-down for races up to 10K.
/// </summary>
public static class RaceSessions
{
    public const double WarmUpUpToM = 21_100;
    public const double CoolDownUpToM = 10_000;

    public static PlannedSession Race(SessionKit kit, RaceEntry race)
    {
        var pace = race.Priority == RacePriority.A ? kit.GoalPace : PredictedPace(kit.CurrentVdot, race.Distance);
        var steps = new List<SessionStep>();
        if (race.Distance.Meters <= WarmUpUpToM) steps.Add(kit.Steps.WarmUp(10 * 60));
        var main = kit.Steps.AtRange(StepKind.Active, PaceBook.PercentOf(pace, 100, 1.0), race.Distance.Meters, null,
            $"{race.Name} ({race.Priority} race)");
        steps.Add(main);
        if (race.Distance.Meters <= CoolDownUpToM) steps.Add(kit.Steps.CoolDown());
        var purpose = race.Priority switch
        {
            RacePriority.A => "Goal race: run the plan — even pace, patient start.",
            RacePriority.B => "Tune-up race: practise pacing and routine on a mini-taper.",
            _ => "Training race, run through without a taper: a hard workout with a number.",
        };
        return SessionKit.Make(race.Date, SessionType.Race, steps, main.ZoneId, purpose);
    }

    public static Pace PredictedPace(double vdot, Distance distance) =>
        new(Vdot.EquivalentTime(vdot, distance).Seconds / distance.Kilometers);
}
