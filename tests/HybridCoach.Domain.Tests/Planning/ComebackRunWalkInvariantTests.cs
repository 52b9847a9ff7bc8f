using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Planning.Invariants;
using Xunit;

namespace HybridCoach.Domain.Tests.Planning;

public class ComebackRunWalkInvariantTests
{
    // Three weeks of three runs: run-walk 9 km, then easy 9.4 km (+4.4 %) and 9.8 km (+4.3 %); half of 10 % is 5 %.
    private static SeasonPlan Comeback(double thirdWeekKm = 9.8, params PlannedSession[] changes)
    {
        Microcycle Week(int index, SessionType type, double km)
        {
            var start = HandPlans.Start.AddDays(7 * (index - 1));
            var days = Enumerable.Range(0, 7).Select(i => i is 1 or 3 or 5
                ? HandPlans.Unstepped(start.AddDays(i), type, km / 3, km / 3 * 400)
                : HandPlans.Rest(start.AddDays(i))).ToList();
            return new Microcycle(index, Phase.Base, start, "return to running", false, days);
        }
        var plan = HandPlans.Plan([Week(1, SessionType.RunWalk, 9), Week(2, SessionType.Easy, 9.4), Week(3, SessionType.Easy, thirdWeekKm)]);
        return HandPlans.Replace(plan, changes);
    }

    private static List<PlanViolation> Check(SeasonPlan plan, RunnerType type = RunnerType.Comeback) =>
        new ComebackRunWalkInvariant().Check(plan, HandPlans.Request(runnerType: type)).ToList();

    [Fact]
    public void Check_RunWalkThenSmallSteps_NoViolation() => Assert.Empty(Check(Comeback()));

    [Fact]
    public void Check_Growth11_7Percent_ReportsAgainstHalfLimit()
    {
        var violation = Assert.Single(Check(Comeback(10.5)));

        Assert.Equal(("comeback_run_walk", 3, new DateOnly(2025, 1, 20)), (violation.InvariantId, violation.MicrocycleIndex, violation.Date));
        Assert.Equal("microcycle 3 (base): 10.5 km in 7 days is 11.7 % more per day than microcycle 2's 9.4 km in 7 days; "
            + "the comeback limit (half the variant's) is 5.0 %", violation.Message);
    }

    [Fact]
    public void Check_LongRunInFirstWeek_Reported()
    {
        var violation = Assert.Single(Check(Comeback(changes: HandPlans.Unstepped(new DateOnly(2025, 1, 11), SessionType.Long, 3, 1200))));

        Assert.Equal((1, new DateOnly(2025, 1, 11)), (violation.MicrocycleIndex, violation.Date));
        Assert.Equal("2025-01-11 (microcycle 1): long; a comeback starts with run_walk or easy running only", violation.Message);
    }

    [Fact]
    public void Check_TempoInSecondWeek_Reported()
    {
        var tempo = HandPlans.Unstepped(new DateOnly(2025, 1, 14), SessionType.Tempo, 9.4 / 3, 1000);

        var violation = Assert.Single(Check(Comeback(changes: tempo)));

        Assert.Equal("2025-01-14 (microcycle 2): tempo is hard; a comeback has no hard session in its first 2 microcycles", violation.Message);
    }

    [Fact]
    public void Check_OtherRunnerType_NothingChecked()
    {
        Assert.Empty(Check(Comeback(10.5, HandPlans.Unstepped(new DateOnly(2025, 1, 11), SessionType.Long, 3, 1200)), RunnerType.Masters));
    }
}
