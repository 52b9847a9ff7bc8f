using HybridCoach.Domain.Planning;
using Xunit;
using Xunit.Abstractions;

namespace HybridCoach.Domain.Tests.Planning;

public class PlanDumpTests(ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        var env = (Environment.GetEnvironmentVariable("PLAN_CASE") ?? "42195,16,MultiRace,7,Moderate,45000").Split(',');
        var request = PlanRequests.For(double.Parse(env[0]), int.Parse(env[1]), Enum.Parse<RunnerType>(env[2]), int.Parse(env[3]), weeklyM: double.Parse(env[5]));
        var plan = SeasonPlanner.Generate(request, Enum.Parse<PlanVariant>(env[4]));
        foreach (var e in InvariantSelfCheck.Check(request, plan)) output.WriteLine("VIOLATION " + e);
        foreach (var m in plan.Microcycles)
        {
            output.WriteLine($"#{m.Index} {m.Phase} {m.Start} rec={m.Recovery} {m.PlannedDistanceM / 1000:0.0} km {m.Focus}");
            foreach (var d in m.Days)
                output.WriteLine($"   {d.Date:ddd dd MMM} {d.Type,-16} {d.DistanceM / 1000,5:0.0} km {d.DurationS / 60,5:0} min {d.ZoneId} | {string.Join(" / ", d.Steps.Select(s => s.Description))}");
        }
        foreach (var d in plan.Projection.Days) if (d.Acwr > 1.15) output.WriteLine($"{d.Date} acwr {d.Acwr:0.00} chronic {d.ChronicLoad:0}");
        output.WriteLine(plan.Feasibility.Verdict);
    }
}
