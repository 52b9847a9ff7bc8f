using HybridCoach.Domain.Load;
using HybridCoach.Domain.Planning;
using Xunit;
using Xunit.Abstractions;

namespace HybridCoach.Domain.Tests.Planning;

public class DebugLoopTests(ITestOutputHelper output)
{
    [Fact]
    public void Loop()
    {
        var request = PlanRequests.For(10000, 12, RunnerType.Beginner, 7, weeklyM: 45000);
        var plan = SeasonPlanner.Generate(request, PlanVariant.Conservative);
        var (loads, first, hs) = PlanProjector.Loads(request, plan.Microcycles, plan.Start, plan.End);
        var ratio = WorkloadRatio.RollingCoupled(loads, hs).Ratio;
        for (var d = plan.Start.AddDays(-28); d <= plan.Start.AddDays(60); d = d.AddDays(1))
            output.WriteLine($"{d:ddd dd MMM} load {loads[d.DayNumber - first.DayNumber],6:0.0} acwr {ratio[d.DayNumber - first.DayNumber]:0.000}");
    }
}
