using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Racing;
using static HybridCoach.Domain.Adaptation.Rules.CycleVolume;

namespace HybridCoach.Domain.Adaptation.Rules;

/// <summary>
/// <c>added_race</c>: a race added at the check-in becomes a race session on its date and the day before rests
/// (<c>race_eve</c>). A B race (and an added A race: changing the goal itself is a regeneration for the coach) gets a
/// mini-taper: the <see cref="LighterDays"/> days before are lighter — hard sessions become recovery runs and easy
/// runs are cut to <see cref="MiniTaperShare"/> — so none of the 2 days before is hard (<c>b_race_mini_taper</c>,
/// Friel's A/B/C convention). A C race is trained through. A hard session the day after becomes a recovery run
/// (hard days apart). In a loading microcycle the other easy runs are then trimmed so the microcycle runs no more
/// than before (the race does not count as growth). Back-off: without the trim, then nothing.
/// </summary>
public sealed class AddedRaceRule : IAdaptationRule
{
    public const int LighterDays = 3;
    public const double MiniTaperShare = 0.6;

    public string Id => "added_race";

    public IEnumerable<PlanDraft> Attempts(AdaptationInput input, PlanDraft draft)
    {
        if (input.CheckIn.Request.AddRace is not { } race || race.Date <= input.Today.AddDays(1) || draft.On(race.Date) is not { } planned
            || race.Date == input.Request.GoalRace.Date || planned.Type == SessionType.Race)
            yield break;
        var name = $"{race.Priority} race '{race.Name}' on {race.Date:yyyy-MM-dd}";
        var raced = draft.With(RaceSessions.Race(input.Kit, race), ChangeKind.Added, $"{name} added at the check-in");
        if (draft.On(race.Date.AddDays(-1)) is { } eve && eve.Type != SessionType.Rest && eve.Date > input.Today)
            raced = raced.With(EasySessions.Rest(eve.Date, "Rest: the day before the race."), ChangeKind.Tapered, $"{name}: rest the day before");
        if (race.Priority != RacePriority.C) raced = MiniTaper(raced, input, race, name);
        if (raced.On(race.Date.AddDays(1)) is { Hard: true } after)
            raced = raced.With(SessionAdjuster.Propose(after, "tired after the race", input.AdjusterContext(raced)).Replacement,
                ChangeKind.Softened, $"{name}: no hard session the day after the race");
        var cycle = draft.CycleOn(race.Date)!;
        var oldM = SessionScaler.RunningM(cycle.Days);
        var keep = raced.Notes.Keys.ToHashSet();
        var evened = Scale(raced, input, cycle.Index, oldM, ChangeKind.Recalibrated, $"{name}: the other easy runs of the week take up the difference so it runs as planned", keep);
        yield return Rebalance(evened, input, cycle.Index);
        yield return Rebalance(raced, input, cycle.Index);
        yield return raced;
    }

    private static PlanDraft MiniTaper(PlanDraft draft, AdaptationInput input, RaceEntry race, string name)
    {
        for (var back = LighterDays; back >= 2; back--)
        {
            var date = race.Date.AddDays(-back);
            if (date <= input.Today || draft.On(date) is not { } day || !day.Type.IsRunning() || day.Type == SessionType.Race) continue;
            var lighter = day.Hard
                ? SessionAdjuster.Propose(day, "tired, taper for a race", input.AdjusterContext(draft)).Replacement
                : SessionScaler.Scale(day, MiniTaperShare, input.Kit.Steps);
            draft = draft.With(lighter, ChangeKind.Tapered, Text($"{name}: mini-taper, {day.Type.Words()} → {lighter.Type.Words()} {lighter.DistanceM / 1000:0.0} km"));
        }
        return draft;
    }
}
