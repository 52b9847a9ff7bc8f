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
        var request = PlanRequests.For(21097.5, 8, RunnerType.Beginner, 9, weeklyM: 20000);
        var context = SeasonPlanner.Context(request, PlanVariant.Conservative);
        var curve = new VolumeCurve(context);
        var cycles = new List<Microcycle>();
        var prevHard = false;
        foreach (var frame in PhaseLayout.Frames(request))
        {
            var target = curve.Next(frame);
            var scale = 1.0;
            Microcycle built = null!;
            for (var attempt = 0; attempt < 10; attempt++)
            {
                built = MicrocycleBuilder.Build(context, curve.Input(frame, target, scale, prevHard));
                var all = new List<Microcycle>(cycles) { built };
                var (loads, first, hs) = PlanProjector.Loads(request, all, all[0].Start, built.End);
                var ratio = WorkloadRatio.RollingCoupled(loads, hs).Ratio;
                var worst = Enumerable.Range(0, built.LengthDays).Select(i => built.Start.AddDays(i))
                    .Where(d => !RaceLoadWindow.Contains(context.Races, d))
                    .Select(d => (d, r: ratio[d.DayNumber - first.DayNumber] ?? 0)).OrderByDescending(x => x.r).FirstOrDefault();
                output.WriteLine($"#{frame.Index} {frame.Phase} att {attempt} scale {scale:0.00} km {built.PlannedDistanceM / 1000:0.0} worst {worst.d} {worst.r:0.000} loads {string.Join(",", built.Days.Select(d => PlannedLoad.Of(d, 270).ToString("0")))}");
                if (worst.r <= 1.19) break;
                scale *= 0.92;
            }
            cycles.Add(built);
            curve.Record(frame, target, built);
            prevHard = built.Days[^1].Hard;
        }
    }
}
