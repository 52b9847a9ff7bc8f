using HybridCoach.Application.Demo;
using Xunit;
using static HybridCoach.Application.Tests.Demo.DemoHistoryFixture;

namespace HybridCoach.Application.Tests.Demo;

public class SyntheticAthleteTests(DemoHistoryFixture history) : IClassFixture<DemoHistoryFixture>
{
    [Fact]
    public void Generate_SameSeedTwice_GivesIdenticalBytes()
    {
        var first = new SyntheticAthlete(11).Generate(Today, months: 1);
        var second = new SyntheticAthlete(11).Generate(Today, months: 1);
        Assert.Equal(first.Select(f => f.FileName), second.Select(f => f.FileName));
        Assert.All(first.Zip(second), p => Assert.Equal(p.First.Content, p.Second.Content));
    }

    [Fact]
    public void Generate_DifferentSeed_GivesDifferentTraining()
    {
        var other = new SyntheticAthlete(Seed + 1).Generate(Today, months: 1);
        var same = history.Files.Where(f => f.Date >= other[0].Date).ToList();
        Assert.NotEqual(same.Select(f => f.Content.Length), other.Select(f => f.Content.Length));
    }

    [Fact]
    public void Generate_SixMonths_Covers26WeeksFromTheFirstMondayToToday()
    {
        // 2025-11-20 is a Thursday; the first Monday after it is 2025-11-24, and today's week starts 2026-05-18.
        var weeks = history.Files.Select(f => MondayOf(f.Date)).Distinct().Order().ToList();
        Assert.Equal(new DateOnly(2025, 11, 24), weeks[0]);
        Assert.Equal(new DateOnly(2026, 5, 18), weeks[^1]);
        Assert.Equal(26, weeks.Count);
        Assert.All(history.Files, f => Assert.InRange(f.Date, weeks[0], Today));
    }

    [Fact]
    public void Generate_EveryFullWeek_HasFourToSixRuns()
    {
        var fullWeeks = history.Files.Where(f => MondayOf(f.Date).AddDays(6) <= Today).GroupBy(f => MondayOf(f.Date));
        Assert.Equal(25, fullWeeks.Count());
        Assert.All(fullWeeks, w => Assert.InRange(w.Count(f => f.Kind.IsRun()), 4, 6));
    }

    [Fact]
    public void Generate_SixMonths_HasOneRaceNearTheEndAndSomeRides()
    {
        var race = Assert.Single(history.Files, f => f.Kind == DemoSessionKind.Race10K);
        Assert.InRange(Today.DayNumber - race.Date.DayNumber, 7, 13);
        Assert.Equal(DayOfWeek.Sunday, race.Date.DayOfWeek);
        Assert.InRange(history.Files.Count(f => f.Kind == DemoSessionKind.Ride), 8, 14); // 2 per 4-week block
        Assert.Contains(history.Files, f => f.Kind == DemoSessionKind.Intervals);
        Assert.Contains(history.Files, f => f.Kind == DemoSessionKind.RecoveryRun);
    }

    [Fact]
    public void Generate_LongRuns_GrowOverTheBlock()
    {
        var longRuns = history.Pairs.Where(p => p.File.Kind == DemoSessionKind.LongRun).Select(p => DistanceM(p.Fit)).ToList();
        Assert.InRange(longRuns.Take(3).Max(), 13_000, 16_000);
        Assert.InRange(longRuns.Max(), 24_000, 26_500);
    }

    [Fact]
    public void Generate_RecoveryWeeks_RunUnder80PercentOfThePreviousThreeWeeks()
    {
        var weekly = history.Pairs.Where(p => p.File.Kind.IsRun())
            .GroupBy(p => MondayOf(p.File.Date)).OrderBy(g => g.Key)
            .Select(g => g.Sum(p => DistanceM(p.Fit))).ToList();
        var recoveryWeeks = Enumerable.Range(0, weekly.Count).Where(w => TrainingCalendar.IsRecoveryWeek(w) && w < 20).ToList();
        Assert.Equal([3, 7, 11, 15, 19], recoveryWeeks);
        Assert.All(recoveryWeeks, w => Assert.True(
            weekly[w] < 0.8 * weekly.Skip(w - 3).Take(3).Average(),
            $"week {w}: {weekly[w]:F0} m vs {weekly.Skip(w - 3).Take(3).Average():F0} m before"));
    }
}
