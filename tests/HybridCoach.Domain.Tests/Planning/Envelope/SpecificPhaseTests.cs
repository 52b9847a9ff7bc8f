using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Planning.Invariants;
using Xunit;

namespace HybridCoach.Domain.Tests.Planning.Envelope;

/// <summary>
/// The specific phase is specific to the race (issue 14 item 2): marathon-pace long runs, marathon-pace runs and
/// medium-long runs for the marathon; half-marathon-pace and threshold work for the half; VO2max and race-pace
/// intervals for the 10K; quality that grows with the volume; and a 5K or 10K tapered by its race week alone.
/// </summary>
public class SpecificPhaseTests
{
    private static IEnumerable<SessionStep> Leaves(PlannedSession s) => StepTotals.Leaves(s.Steps).Select(l => l.Step);

    [Fact]
    public void Marathon_SpecificBlock_MarathonPaceLongRunsRunsAndMediumLongRuns()
    {
        var request = PlanRequests.For(PlanRequests.Marathon, 18, weeklyM: 45_000);
        var plan = SeasonPlanner.Generate(request, PlanVariant.Moderate);
        var sharpen = plan.Microcycles.Where(m => m.Phase == Phase.Sharpen && !m.Recovery).ToList();

        Assert.NotEmpty(sharpen);
        Assert.All(sharpen, m =>
        {
            var longRun = m.Days.Single(d => d.Type == SessionType.Long);
            var finish = Assert.Single(Leaves(longRun), s => s.Description.StartsWith("Marathon-pace finish", StringComparison.Ordinal));
            Assert.InRange(finish.DistanceM!.Value, 0.35 * longRun.DistanceM, 0.41 * longRun.DistanceM);
        });
        var mpRuns = plan.Sessions.Where(s => s.Type == SessionType.RacePace && s.Date < plan.Microcycles.First(m => m.Phase == Phase.Taper).Start).ToList();
        Assert.NotEmpty(mpRuns);
        // Hansons' marathon-pace tempos: one continuous block, 16 % of the week, under Daniels' 110 min.
        Assert.All(mpRuns, s => Assert.True(Leaves(s).Count(l => l.Kind == StepKind.Active) == 1 && Leaves(s).Single(l => l.Kind == StepKind.Active).DurationS <= 110 * 60));
        Assert.Contains(plan.Sessions, s => s.Purpose.StartsWith("Medium-long run", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Microcycles.Where(m => m.Phase == Phase.Base).SelectMany(m => m.Days), s => s.Purpose.StartsWith("Medium-long run", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(21_097.5, new[] { SessionType.RacePace, SessionType.CruiseIntervals, SessionType.Tempo })]
    [InlineData(10_000, new[] { SessionType.Vo2Intervals, SessionType.RacePace, SessionType.CruiseIntervals })]
    [InlineData(5_000, new[] { SessionType.RacePace, SessionType.Vo2Intervals, SessionType.CruiseIntervals })]
    public void SpecificBlock_ByRace_TheRacesOwnSessions(double raceM, SessionType[] specific)
    {
        var request = PlanRequests.For(raceM, 12, weeklyM: 45_000);
        var plan = SeasonPlanner.Generate(request, PlanVariant.Aggressive);
        var quality = plan.Microcycles.Where(m => m.Phase == Phase.Sharpen).SelectMany(m => m.Days).Where(d => d.Type.IsHard() && d.Type != SessionType.Race).ToList();

        Assert.NotEmpty(quality);
        Assert.All(quality, q => Assert.Contains(q.Type, specific));
        Assert.Contains(quality, q => q.Type == specific[0]);
    }

    [Fact]
    public void Quality_GrowsWithTheVolume()
    {
        // Each tempo's main set is a share of its week (within Daniels' 10 %): the last tempo before the taper is longer than the first.
        var plan = SeasonPlanner.Generate(PlanRequests.For(PlanRequests.Half, 16, weeklyM: 45_000), PlanVariant.Moderate);
        double MainSetS(PlannedSession s) => Leaves(s).Where(l => l.Kind == StepKind.Active).Sum(l => StepTotals.Leaf(l).DurationS);
        var tempos = plan.Microcycles.Where(m => m.Phase is Phase.Build or Phase.Sharpen).SelectMany(m => m.Days).Where(d => d.Type == SessionType.Tempo).ToList();

        Assert.True(tempos.Count >= 2, $"{tempos.Count} tempo runs");
        Assert.True(MainSetS(tempos[^1]) > MainSetS(tempos[0]), $"{MainSetS(tempos[0])} s then {MainSetS(tempos[^1])} s");
    }

    [Fact]
    public void TenK_RaceWeekIsTheTaper_CutWithinBosquetsBand()
    {
        var request = PlanRequests.For(PlanRequests.TenK, 10);
        var plan = SeasonPlanner.Generate(request, PlanVariant.Moderate);

        Assert.DoesNotContain(plan.Microcycles, m => m.Phase == Phase.Taper);
        var taper = Assert.Single(TaperReductionInvariant.Taper(plan, request));
        Assert.Equal(Phase.Race, taper.Phase);
        Assert.Empty(new TaperReductionInvariant().Check(plan, request));

        // The same race week with 14 km more easy running is no taper at all.
        var day = taper.Days.First(d => d.Type == SessionType.Easy);
        var heavier = taper with { Days = [.. taper.Days.Select(d => d.Date == day.Date ? d with { DistanceM = d.DistanceM + 14_000 } : d)] };
        var violation = Assert.Single(new TaperReductionInvariant().Check(plan with { Microcycles = [.. plan.Microcycles.Select(m => m.Index == taper.Index ? heavier : m)] }, request));
        Assert.StartsWith($"taper (microcycles {taper.Index}–{taper.Index}): mean ", violation.Message, StringComparison.Ordinal);
    }
}
