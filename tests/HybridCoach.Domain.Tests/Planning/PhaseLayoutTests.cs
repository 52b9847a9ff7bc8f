using HybridCoach.Domain.Planning;
using Xunit;

namespace HybridCoach.Domain.Tests.Planning;

public class PhaseLayoutTests
{
    // Race on the last day of week N: N microcycles up to the race, then one recovery microcycle. Taper, race week
    // included: 7 days for the 5K (the race week alone), 14 for the half, 21 for the marathon (the published plans,
    // docs/plan-envelope.md); the rest ≈ 35/40/25 % base/build/sharpen.
    [Theory]
    [InlineData(5000, 8, 2, 3, 2, 0)]
    [InlineData(5000, 12, 4, 4, 3, 0)]
    [InlineData(5000, 16, 5, 6, 4, 0)]
    [InlineData(5000, 24, 8, 9, 6, 0)]
    [InlineData(21097.5, 8, 2, 2, 2, 1)]
    [InlineData(21097.5, 12, 3, 4, 3, 1)]
    [InlineData(21097.5, 16, 4, 6, 4, 1)]
    [InlineData(21097.5, 24, 7, 9, 6, 1)]
    [InlineData(42195, 8, 2, 2, 1, 2)]
    [InlineData(42195, 12, 3, 4, 2, 2)]
    [InlineData(42195, 16, 5, 5, 3, 2)]
    [InlineData(42195, 24, 8, 8, 5, 2)]
    public void Frames_WeeksAndDistance_SizesPhases(double raceM, int weeks, int baseCycles, int build, int sharpen, int taper)
    {
        var frames = PhaseLayout.Frames(PlanRequests.For(raceM, weeks));

        Assert.Equal(weeks + 1, frames.Count);
        Assert.Equal(baseCycles, frames.Count(f => f.Phase == Phase.Base));
        Assert.Equal(build, frames.Count(f => f.Phase == Phase.Build));
        Assert.Equal(sharpen, frames.Count(f => f.Phase == Phase.Sharpen));
        Assert.Equal(taper, frames.Count(f => f.Phase == Phase.Taper));
        Assert.Equal(Phase.Race, frames[^2].Phase);
        Assert.Equal(Phase.Recovery, frames[^1].Phase);
        Assert.Equal(frames.Select(f => f.Phase).OrderBy(p => p), frames.Select(f => f.Phase));
        Assert.Equal(Enumerable.Range(1, weeks + 1), frames.Select(f => f.Index));
    }

    [Fact]
    public void Frames_RaceMidCycle_TrimsRaceMicrocycleToEndOnRaceDay()
    {
        var request = PlanRequests.For(10000, 10, raceDayOffset: 10 * 7 + 2); // 73 days: 10 full weeks + 3 days
        var frames = PhaseLayout.Frames(request);

        Assert.Equal(3, frames[^2].LengthDays);
        Assert.Equal(request.GoalRace.Date, frames[^2].End);
        Assert.Equal(request.GoalRace.Date.AddDays(1), frames[^1].Start);
        Assert.All(frames.SkipLast(2), f => Assert.Equal(7, f.LengthDays));
    }

    [Theory]
    [InlineData(5000, 7, null, 0)]     // 7 days: the race week is the taper
    [InlineData(10000, 7, null, 0)]
    [InlineData(10000, 7, 3, 1)]       // a race week trimmed to 3 days needs a taper microcycle before it
    [InlineData(21097.5, 7, null, 1)]  // 14 − 7 = 7 days: one
    [InlineData(42195, 7, null, 2)]    // 21 − 7 = 14 days: two
    [InlineData(42195, 9, null, 1)]    // 21 − 9 = 12 days ≈ 1.33 cycles: one
    [InlineData(5000, 9, null, 0)]
    [InlineData(42195, 14, null, 1)]   // 21 − 14 = 7 days = half a cycle, rounded up
    public void TaperCycles_DistanceAndCycleLength_RoundsTaperDays(double raceM, int cycleDays, int? raceCycleDays, int expected) =>
        Assert.Equal(expected, PhaseLayout.TaperCycles(raceM, cycleDays, raceCycleDays));
}
