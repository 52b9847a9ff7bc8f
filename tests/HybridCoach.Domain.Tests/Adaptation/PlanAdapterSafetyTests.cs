using HybridCoach.Domain.Adaptation;
using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Units;
using Xunit;
using static HybridCoach.Domain.Tests.Adaptation.AdaptationScenario;

namespace HybridCoach.Domain.Tests.Adaptation;

/// <summary>
/// The body rules never back off silently: on every Sunday check-in of the scenario plan's loading weeks (before
/// the taper), a niggle — at a site with no history and at an injury-history site — leaves no hard session and no
/// strides in the next 7 days, and high fatigue lowers the next loading microcycle; every result validates
/// (zero violations) and is never harder (issue 6: "a niggle removes intensity…", "high fatigue … lowers the next
/// microcycle").
/// </summary>
public class PlanAdapterSafetyTests
{
    private static readonly Pace Threshold = new(ThresholdSPerKm);
    private static readonly Injury CalfHistory = new("calf", BodySide.Left, new DateOnly(2024, 5, 1), 6, null);

    /// <summary>
    /// Sundays after weeks 0..10 (the taper of the 16-week plan starts later); week 0 is the day before the plan
    /// starts — a check-in on the week before the first microcycle, which then has no earlier microcycle to grow from.
    /// </summary>
    public static TheoryData<int> Weeks() => [.. Enumerable.Range(0, 11)];

    private static DateOnly Sunday(int week) => Plan.Start.AddDays(7 * week - 1);

    [Theory]
    [MemberData(nameof(Weeks))]
    public void Adapt_NiggleWithoutHistory_NoIntensityInNext7DaysAndValid(int week) =>
        AssertNoIntensity(Sunday(week), [new Niggle("hamstring", BodySide.Right, 3)], []);

    [Theory]
    [MemberData(nameof(Weeks))]
    public void Adapt_NiggleAtInjuryHistorySite_NoIntensityInNext7DaysAndValid(int week) =>
        AssertNoIntensity(Sunday(week), [new Niggle("calf", BodySide.Left, 3)], [CalfHistory]);

    [Theory]
    [MemberData(nameof(Weeks))]
    public void Adapt_HighFatigueAfterHardWeek_NextLoadingMicrocycleRunsLess(int week)
    {
        var today = Sunday(week);
        var next = Plan.Microcycles.First(c => c.Start > today);
        var result = Adapt(today, CheckIn(effort: 9, fatigue: 9));
        Assert.Empty(result.Violations);
        Assert.Empty(result.BlockedRules);
        AssertNeverHarder(result);
        var after = result.Plan.Microcycles.Single(c => c.Index == next.Index);
        if (next.Recovery) Assert.True(after.PlannedDistanceM <= next.PlannedDistanceM + 1);
        else Assert.True(after.PlannedDistanceM < next.PlannedDistanceM * 0.97,
            $"microcycle {next.Index}: {next.PlannedDistanceM:0} m → {after.PlannedDistanceM:0} m");
        AssertOnlyNextTwoMicrocyclesChange(today, result);
    }

    private static void AssertNoIntensity(DateOnly today, IReadOnlyList<Niggle> niggles, IReadOnlyList<Injury> injuries)
    {
        var result = Adapt(today, CheckIn(niggles: niggles), injuries: injuries);
        Assert.Empty(result.Violations);
        Assert.Empty(result.BlockedRules);
        AssertNeverHarder(result);
        var window = result.Plan.Sessions.Where(s => s.Date > today && s.Date <= today.AddDays(7) && s.Type != SessionType.Race).ToList();
        Assert.DoesNotContain(window, s => s.Hard);
        Assert.DoesNotContain(window, s => s.Type == SessionType.Strides);
        var hadIntensity = Plan.Sessions.Any(s => s.Date > today && s.Date <= today.AddDays(7) && (s.Hard || s.Type == SessionType.Strides));
        Assert.Equal(hadIntensity, result.Changes.Count > 0);
        Assert.All(result.Changes.Where(c => c.Date <= today.AddDays(7) && (c.Before!.Hard || c.Before.Type == SessionType.Strides)),
            c => Assert.Contains($"{niggles[0].Site} niggle", c.Reason));
        AssertOnlyNextTwoMicrocyclesChange(today, result);
    }

    /// <summary>A one-week reduction is a deliberate dip (<see cref="Microcycle.Reduced"/>), not a new growth base:
    /// nothing after the microcycle following the reduced one changes, and every later microcycle keeps its distance.</summary>
    private static void AssertOnlyNextTwoMicrocyclesChange(DateOnly today, AdaptationResult result)
    {
        var next = Plan.Microcycles.First(c => c.Start > today);
        var lastChangeable = Plan.Microcycles.FirstOrDefault(c => c.Index == next.Index + 1)?.End ?? next.End;
        Assert.All(result.Changes, c => Assert.True(c.Date <= lastChangeable, $"{c.Date}: {c.Reason}"));
        foreach (var later in Plan.Microcycles.Where(c => c.Index > next.Index + 1))
            Assert.Equal(later.PlannedDistanceM, result.Plan.Microcycles.Single(c => c.Index == later.Index).PlannedDistanceM, 1);
        Assert.Equal(result.Plan.Microcycles.Single(c => c.Index == next.Index).PlannedDistanceM < next.PlannedDistanceM - 1,
            result.Plan.Microcycles.Single(c => c.Index == next.Index).Reduced);
    }

    private static void AssertNeverHarder(AdaptationResult result) =>
        Assert.All(result.Changes, c => Assert.True(NeverHarder.Check(c.Before!, c.After!, Threshold).Passed, $"{c.Date}: {c.Reason}"));
}
