using HybridCoach.Domain.Planning;
using Xunit;

namespace HybridCoach.Domain.Tests.Planning;

public class PhaseLayoutTests
{
    // Race on the last day of week N: N microcycles up to the race, then one recovery microcycle. Taper: 1 week for
    // the 5K (Mujika & Padilla 2003), 2 for half and marathon (Bosquet 2007); the rest ≈ 35/40/25 % base/build/sharpen.
    [Theory]
    [InlineData(5000, 8, 2, 2, 2, 1)]
    [InlineData(5000, 12, 3, 4, 3, 1)]
    [InlineData(5000, 16, 4, 6, 4, 1)]
    [InlineData(5000, 24, 7, 9, 6, 1)]
    [InlineData(21097.5, 8, 2, 2, 1, 2)]
    [InlineData(21097.5, 12, 3, 4, 2, 2)]
    [InlineData(21097.5, 16, 5, 5, 3, 2)]
    [InlineData(21097.5, 24, 8, 8, 5, 2)]
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
    [InlineData(5000, 7, 1)]
    [InlineData(10000, 7, 1)]
    [InlineData(21097.5, 7, 2)]
    [InlineData(42195, 9, 2)]
    [InlineData(5000, 9, 1)]
    [InlineData(42195, 14, 1)]
    public void TaperCycles_DistanceAndCycleLength_RoundsTaperDays(double raceM, int cycleDays, int expected) =>
        Assert.Equal(expected, PhaseLayout.TaperCycles(raceM, cycleDays));
}
