using HybridCoach.Domain.Racing;
using static HybridCoach.Domain.Planning.Invariants.PlanMeasures;

namespace HybridCoach.Domain.Planning.Invariants;

/// <summary>
/// <c>b_race_mini_taper</c>: before each B race within the plan, no hard session in the 2 days before, and the 3
/// days before run less distance than the same 3 days one microcycle earlier (a short volume cut with no fresh
/// intensity: the taper principle of Bosquet et al. 2007 applied over days, Friel's A/B/C convention where B races
/// get a brief rest). C races are trained through by design: nothing is checked for them beyond
/// <c>race_on_date</c> and <c>race_eve</c>. When the earlier days are before the plan the volume part is skipped;
/// when both spans are empty of running there is nothing to cut.
/// </summary>
public sealed class BRaceMiniTaperInvariant : IPlanInvariant
{
    public const int NoHardDaysBefore = 2;
    public const int LighterDaysBefore = 3;

    public string Id => "b_race_mini_taper";

    public IEnumerable<PlanViolation> Check(SeasonPlan plan, PlanRequest request)
    {
        foreach (var race in PlanRaces.Within(plan, request).Where(r => r.Priority == RacePriority.B && r.Date != request.GoalRace.Date))
        {
            for (var back = NoHardDaysBefore; back >= 1; back--)
                if (SessionOn(plan, race.Date.AddDays(-back)) is { Hard: true } session)
                    yield return new PlanViolation(Id, CycleOn(plan, session.Date)?.Index, session.Date,
                        $"{Day(session.Date)}: {session.Type.ToId()} is hard {back} day(s) before the B race '{race.Name}' on {Day(race.Date)}; "
                        + $"no hard session in the {NoHardDaysBefore} days before a B race");
            if (Lighter(plan, race) is { } violation) yield return violation;
        }
    }

    private PlanViolation? Lighter(SeasonPlan plan, RaceEntry race)
    {
        var raceCycle = CycleOn(plan, race.Date);
        var position = raceCycle is null ? -1 : plan.Microcycles.ToList().IndexOf(raceCycle);
        if (position < 1) return null;
        var shift = plan.Microcycles[position - 1].LengthDays;
        var firstDay = race.Date.AddDays(-LighterDaysBefore);
        if (!Covers(plan, firstDay.AddDays(-shift))) return null;
        var nowM = RunningM(plan, firstDay, race.Date.AddDays(-1));
        var beforeM = RunningM(plan, firstDay.AddDays(-shift), race.Date.AddDays(-1 - shift));
        if (nowM < beforeM || (nowM == 0 && beforeM == 0)) return null;
        return new PlanViolation(Id, raceCycle!.Index, firstDay,
            $"the {LighterDaysBefore} days before the B race '{race.Name}' on {Day(race.Date)} run {Km(nowM)}, not less than the "
            + $"same days one microcycle earlier ({Km(beforeM)} from {Day(firstDay.AddDays(-shift))}); a B race gets a mini-taper");
    }

    private static double RunningM(SeasonPlan plan, DateOnly from, DateOnly to) =>
        plan.Sessions.Where(d => d.Date >= from && d.Date <= to && d.Type.IsRunning()).Sum(d => Finite(d.DistanceM));
}
