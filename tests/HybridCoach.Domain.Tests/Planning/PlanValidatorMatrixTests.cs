using HybridCoach.Domain.Planning;
using Xunit;

namespace HybridCoach.Domain.Tests.Planning;

/// <summary>
/// Issue 5's matrix: every runner type × race distance × 8 to 24 weeks × each variant × 7- and 9-day cycles, from
/// a low (20 km/week) and a typical (45 km/week) history, yields zero violations of the plan validator.
/// </summary>
public class PlanValidatorMatrixTests
{
    public static TheoryData<RunnerType, double, int, double> Cases()
    {
        var data = new TheoryData<RunnerType, double, int, double>();
        foreach (var type in Enum.GetValues<RunnerType>())
            foreach (var distance in new[] { 5000, 10000, 21097.5, 42195, 50000 })
                foreach (var cycleDays in new[] { 7, 9 })
                    foreach (var weeklyM in new[] { 20_000.0, 45_000.0 })
                        data.Add(type, distance, cycleDays, weeklyM);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_GeneratedPlans_NoViolations(RunnerType type, double distanceM, int cycleDays, double weeklyM)
    {
        var failures = new List<string>();
        foreach (var weeks in new[] { 8, 10, 12, 16, 20, 24 })
        {
            var request = PlanRequests.For(distanceM, weeks, type, cycleDays, weeklyM: weeklyM);
            foreach (var plan in SeasonPlanner.GenerateAll(request))
                failures.AddRange(PlanValidator.Validate(plan, request).Select(v => $"{weeks} wk {plan.Variant}: {v.InvariantId} @{v.MicrocycleIndex} {v.Date}: {v.Message}"));
        }
        Assert.True(failures.Count == 0, $"{failures.Count} violations:\n" + string.Join("\n", failures.Take(40)));
    }
}
