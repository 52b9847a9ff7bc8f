using HybridCoach.Domain.Planning;
using Xunit;

namespace HybridCoach.Domain.Tests.Planning;

public class SeasonPlannerMatrixTests
{
    private const double WeeklyM = 45_000;

    public static TheoryData<RunnerType, double, int> Cases()
    {
        var data = new TheoryData<RunnerType, double, int>();
        foreach (var type in Enum.GetValues<RunnerType>())
            foreach (var distance in new[] { 5000, 10000, 21097.5, 42195, 50000 })
                foreach (var cycleDays in new[] { 7, 9 })
                    data.Add(type, distance, cycleDays);
        return data;
    }

    // Every runner type × distance (5K to 50K) × 8–24 weeks × variant × 7- and 9-day cycles passes the self-check,
    // from a 45 km/week history.
    [Theory]
    [MemberData(nameof(Cases))]
    public void Generate_Matrix_SatisfiesInvariants(RunnerType type, double distanceM, int cycleDays)
    {
        var failures = new List<string>();
        foreach (var weeks in new[] { 8, 12, 16, 24 })
        {
            var request = PlanRequests.For(distanceM, weeks, type, cycleDays, weeklyM: WeeklyM);
            foreach (var plan in SeasonPlanner.GenerateAll(request))
                failures.AddRange(InvariantSelfCheck.Check(request, plan).Select(e => $"{weeks} wk {plan.Variant}: {e}"));
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(30)));
    }
}
