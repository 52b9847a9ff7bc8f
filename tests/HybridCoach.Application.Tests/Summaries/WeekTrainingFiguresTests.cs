using HybridCoach.Application.Summaries;
using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Guardrails;
using Xunit;

namespace HybridCoach.Application.Tests.Summaries;

public class WeekTrainingFiguresTests
{
    private static readonly DateOnly Monday = new(2026, 5, 11);

    private static ActivityFact Run(int day, double km, double minutes, bool hard = false, Sport sport = Sport.Running) =>
        new(day * 10 + (long)km, Monday.AddDays(day), sport, km * 1000, minutes * 60, 50, hard);

    [Fact]
    public void ForWeek_FiveRunsAndARide_TotalsOfTheWeekOnly()
    {
        ActivityFact[] facts =
        [
            // The week before: 32.1 km in four runs.
            Run(-7, 8, 45), Run(-5, 6.1, 35), Run(-3, 10, 60, hard: true), Run(-1, 8, 44),
            // This week: five runs of 38.2 km and a 40 km ride.
            Run(0, 6, 33), Run(1, 8.2, 40, hard: true), Run(3, 6, 34), Run(4, 4, 25), Run(6, 14, 80), Run(5, 40, 90, sport: Sport.Cycling),
        ];

        var week = WeekTrainingFigures.ForWeek(facts, Monday);
        var previous = WeekTrainingFigures.ForWeek(facts, Monday.AddDays(-7));

        Assert.Equal((6, 5, 1), (week.Activities, week.Runs, week.HardSessions));
        Assert.Equal(38_200, week.RunDistanceM, 6);
        Assert.Equal(78_200, week.DistanceM, 6);
        Assert.Equal((33 + 40 + 34 + 25 + 80 + 90) * 60, week.DurationS, 6);
        Assert.Equal(14_000, week.LongestRunM, 6);
        // Easy share: (33 + 34 + 25 + 80) / (33 + 40 + 34 + 25 + 80) = 172 / 212 of the running time.
        Assert.Equal(100.0 * 172 / 212, week.EasyTimeSharePct!.Value, 9);
        Assert.Equal((4, 4, 1), (previous.Activities, previous.Runs, previous.HardSessions));
        Assert.Equal(32_100, previous.RunDistanceM, 6);
        Assert.Equal(100.0 * 124 / 184, previous.EasyTimeSharePct!.Value, 9);
    }

    [Fact]
    public void From_NoRuns_NoEasyShareAndZeroLongestRun()
    {
        var week = WeekTrainingFigures.From([Run(0, 30, 60, sport: Sport.Cycling)]);

        Assert.Equal((1, 0, 30_000.0, 0.0, 0.0), (week.Activities, week.Runs, week.DistanceM, week.RunDistanceM, week.LongestRunM));
        Assert.Null(week.EasyTimeSharePct);
    }

    [Fact]
    public void From_Nothing_AllZero()
    {
        var week = WeekTrainingFigures.From([]);

        Assert.Equal((0, 0, 0.0, 0.0, 0, 0.0), (week.Activities, week.Runs, week.DistanceM, week.DurationS, week.HardSessions, week.LongestRunM));
        Assert.Null(week.EasyTimeSharePct);
    }
}
