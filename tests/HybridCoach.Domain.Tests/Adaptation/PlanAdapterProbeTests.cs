using HybridCoach.Domain.Adaptation;
using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Racing;
using HybridCoach.Domain.Units;
using Xunit;
using Xunit.Abstractions;
using static HybridCoach.Domain.Tests.Adaptation.AdaptationScenario;

namespace HybridCoach.Domain.Tests.Adaptation;

public class PlanAdapterProbeTests(ITestOutputHelper output)
{
    [Fact]
    public void Probe()
    {
        foreach (var c in Plan.Microcycles)
            output.WriteLine($"{c.Index} {c.Phase} {c.Start} rec={c.Recovery} {c.PlannedDistanceM/1000:0.0} " + string.Join(" ", c.Days.Select(d => $"{d.Type.ToId()}:{d.DistanceM/1000:0.0}")));
        output.WriteLine("violations: " + PlanValidator.Validate(Plan, Request).Count);
        var today = new DateOnly(2026, 2, 8);
        void Show(string name, AdaptationResult r)
        {
            output.WriteLine($"== {name}: {r.Changes.Count} changes, {r.Violations.Count} violations " + string.Join(" | ", r.Violations.Select(v => v.Message)));
            foreach (var ch in r.Changes.Take(12)) output.WriteLine($"  {ch.Date} {ch.Before?.Type.ToId()}:{ch.Before?.DistanceM/1000:0.0} → {ch.After?.Type.ToId()}:{ch.After?.DistanceM/1000:0.0} {ch.Kind} {ch.Reason}");
        }
        Show("fatigue", Adapt(today, CheckIn(effort: 8, fatigue: 8)));
        Show("niggle", Adapt(today, CheckIn(niggles: [new Niggle("calf", BodySide.Left, 3)])));
        Show("niggle hist", Adapt(today, CheckIn(niggles: [new Niggle("calf", BodySide.Left, 3)]), injuries: [new Injury("calf", BodySide.Left, new DateOnly(2024, 5, 1), 6, null)]));
        Show("under", Adapt(today, CheckIn(), AsPlanned(today).Where(a => a.Date < new DateOnly(2026, 1, 26)).Concat(AsPlanned(today, 0.5).Where(a => a.Date >= new DateOnly(2026, 1, 26))).ToList()));
        Show("unavail", Adapt(today, CheckIn(request: new AdjustmentRequest(null, [new DateOnly(2026, 2, 10), new DateOnly(2026, 2, 12)], false, null, false))));
        Show("travel", Adapt(today, CheckIn(request: new AdjustmentRequest(null, [], true, null, false))));
        Show("race B", Adapt(today, CheckIn(request: new AdjustmentRequest(null, [], false, new RaceEntry(new DateOnly(2026, 3, 8), "Tune-up 10K", new Distance(10000), RacePriority.B), false))));
        Show("race C", Adapt(today, CheckIn(request: new AdjustmentRequest(null, [], false, new RaceEntry(new DateOnly(2026, 3, 8), "Parkrun", new Distance(5000), RacePriority.C), false))));
        Show("strong", Adapt(today, CheckIn(fatigue: 3, request: new AdjustmentRequest(null, [], false, null, true))));
        Show("strong wk1", Adapt(new DateOnly(2026, 1, 11), CheckIn(fatigue: 3, request: new AdjustmentRequest(null, [], false, null, true))));
    }
}
