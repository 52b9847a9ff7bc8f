using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Planning.Invariants;
using HybridCoach.Domain.Racing;
using HybridCoach.Domain.Units;
using Xunit;

namespace HybridCoach.Domain.Tests.Planning;

public class PlanValidatorTests
{
    [Fact]
    public void InvariantIds_All_ListsTheFifteenIdsInOrder()
    {
        Assert.Equal(
        [
            "acwr_ceiling", "cycle_growth", "recovery_rhythm", "recovery_reduction", "easy_share", "hard_days_apart",
            "long_run_limit", "taper_reduction", "race_eve", "race_on_date", "available_days", "b_race_mini_taper",
            "comeback_run_walk", "paces_from_zones", "session_sums",
        ], PlanValidator.InvariantIds);
        Assert.Equal(PlanValidator.InvariantIds.Count, PlanValidator.InvariantIds.Distinct().Count());
    }

    [Fact]
    public void Validate_HandMadeValidPlan_NoViolations()
    {
        var plan = HandPlans.Valid();

        Assert.Empty(PlanValidator.Validate(plan, HandPlans.Request()));
        // The figures the plan was built to: weeks 40 … 56 km, taper 30 km, race week 23 km + the half.
        Assert.Equal([40, 44, 48, 36, 48, 52, 56, 42, 56, 30, 44.0975],
            plan.Microcycles.Select(c => Math.Round(PlanMeasures.RunningDistanceM(c) / 1000, 4)));
    }

    [Fact]
    public void Validate_SeasonWithBAndCRaces_NoViolations()
    {
        var (plan, request) = SeasonWithTuneUps(RacePriority.B);

        Assert.Empty(PlanValidator.Validate(plan, request));
    }

    [Fact]
    public void Validate_PlanBreakingTwoInvariants_ReportsEachByNameAndPlace()
    {
        var wednesday = HandPlans.DateOf(5, DayOfWeek.Wednesday);
        var raceEve = HandPlans.GoalRaceDate.AddDays(-1);
        var plan = HandPlans.Replace(HandPlans.Valid(), HandPlans.Tempo(wednesday), HandPlans.Strength(raceEve));

        var violations = PlanValidator.Validate(plan, HandPlans.Request());

        Assert.Equal(2, violations.Count);
        Assert.Equal(("hard_days_apart", 5, wednesday), (violations[0].InvariantId, violations[0].MicrocycleIndex, violations[0].Date));
        Assert.Equal(("race_eve", 11, raceEve), (violations[1].InvariantId, violations[1].MicrocycleIndex, violations[1].Date));
        Assert.Contains("strength of 30:00", violations[1].Message);
    }

    [Fact]
    public void Validate_StricterEasyShare_ReportsEasyShare()
    {
        var invariants = PlanValidator.Invariants.Where(i => i.Id != "easy_share").Append(new EasyShareInvariant(0.99));

        var violations = PlanValidator.Validate(HandPlans.Valid(), HandPlans.Request(), invariants);

        var violation = Assert.Single(violations);
        Assert.Equal("easy_share", violation.InvariantId);
        Assert.Contains("at least 99.0 %", violation.Message);
    }

    [Fact]
    public void Validate_PlanWithoutMicrocycles_ThrowsNamingThePlan()
    {
        var plan = HandPlans.Valid() with { Microcycles = [] };

        var error = Assert.Throws<ArgumentException>(() => PlanValidator.Validate(plan, HandPlans.Request()));

        Assert.Contains("plan: has no microcycles", error.Message);
    }

    [Fact]
    public void Validate_NaNFiguresAndAnEmptyMicrocycle_ReportsWithoutThrowing()
    {
        var plan = HandPlans.Valid();
        var nan = HandPlans.Unstepped(new DateOnly(2025, 2, 5), SessionType.Easy, double.NaN, double.NaN);
        plan = HandPlans.Replace(plan, nan) with
        {
            Microcycles = [.. HandPlans.Replace(plan, nan).Microcycles, new Microcycle(12, Phase.Recovery, new DateOnly(2025, 3, 24), "recovery", true, [])],
        };

        var violations = PlanValidator.Validate(plan, HandPlans.Request());

        Assert.Equal(["2025-02-05 easy (microcycle 5): distance NaN m is negative or not a number",
            "2025-02-05 easy (microcycle 5): duration NaN s is negative or not a number"],
            violations.Where(v => v.InvariantId == "session_sums").Select(v => v.Message));
    }

    [Fact]
    public void EasyShareInvariant_MinimumOutOfRange_ThrowsNamingTheMinimum()
    {
        var error = Assert.Throws<ArgumentException>(() => new EasyShareInvariant(1.5));

        Assert.Contains("minimum easy share 1.5", error.Message);
    }

    /// <summary>The valid plan with a tune-up race (B or C) on Saturday of week 6 — Wed/Thu cut to 5 km for the
    /// mini-taper, Sunday's long run 12 km so it stays under 30 % of the week's 41 km — and a C race replacing Saturday's easy run of week 9.</summary>
    internal static (SeasonPlan Plan, PlanRequest Request) SeasonWithTuneUps(RacePriority tuneUpPriority)
    {
        var tuneUp = new RaceEntry(HandPlans.DateOf(6, DayOfWeek.Saturday), "Winter 10K", Distance.FromKilometers(10), tuneUpPriority);
        var cRace = new RaceEntry(HandPlans.DateOf(9, DayOfWeek.Saturday), "Club 10K", Distance.FromKilometers(10), RacePriority.C);
        var plan = HandPlans.Replace(HandPlans.Valid(),
            HandPlans.Easy(HandPlans.DateOf(6, DayOfWeek.Wednesday), 5),
            HandPlans.Easy(HandPlans.DateOf(6, DayOfWeek.Thursday), 5),
            HandPlans.Race(tuneUp.Date, 10, 2500),
            HandPlans.Long(HandPlans.DateOf(6, DayOfWeek.Sunday), 12),
            HandPlans.Race(cRace.Date, 10, 2500));
        return (plan, HandPlans.Request(otherRaces: [tuneUp, cRace]));
    }
}
