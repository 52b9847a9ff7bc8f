using HybridCoach.Domain.Planning;
using Xunit;
using Xunit.Abstractions;

namespace HybridCoach.Domain.Tests.Planning;

public class PlanDumpTests(ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        var plan = SeasonPlanner.Generate(PlanRequests.For(PlanRequests.Marathon, 16), PlanVariant.Moderate);
        foreach (var m in plan.Microcycles)
        {
            output.WriteLine($"#{m.Index} {m.Phase} {m.Start} rec={m.Recovery} {m.PlannedDistanceM / 1000:0.0} km {m.Focus}");
            foreach (var d in m.Days)
                output.WriteLine($"   {d.Date:ddd dd MMM} {d.Type,-16} {d.DistanceM / 1000,5:0.0} km {d.DurationS / 60,5:0} min {d.ZoneId} | {string.Join(" / ", d.Steps.Select(s => s.Description))}");
        }
        foreach (var d in plan.Projection.Days) if (d.Acwr > 1.25) output.WriteLine($"{d.Date} acwr {d.Acwr:0.00} chronic {d.ChronicLoad:0}");
        output.WriteLine(plan.Feasibility.Verdict);
    }
}
