using HybridCoach.Application.Decisions;
using HybridCoach.Application.Summaries;
using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Guardrails;
using HybridCoach.Domain.Load;
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

        // Time in zones per run: this week's runs add up to 130 min easy, 30 moderate, 20 hard by pace; the week before
        // has heart rate only (100 / 40 / 20 min), so its heart-rate split stands.
        var intensity = new Dictionary<ActivityFact, ActivityIntensity?>
        {
            [facts[0]] = new(null, Split(40, 0, 0)), [facts[2]] = new(null, Split(30, 40, 20)), [facts[3]] = new(null, Split(30, 0, 0)),
            [facts[4]] = new(Split(33, 0, 0), null), [facts[5]] = new(Split(10, 10, 20), null), [facts[8]] = new(Split(87, 20, 0), null),
        };
        var detailed = facts.Select(f => (f, intensity.GetValueOrDefault(f))).ToList();
        var week = WeekTrainingFigures.ForWeek(detailed, Monday);
        var previous = WeekTrainingFigures.ForWeek(detailed, Monday.AddDays(-7));

        Assert.Equal((6, 5, 1), (week.Activities, week.Runs, week.HardSessions));
        Assert.Equal(38_200, week.RunDistanceM, 6);
        Assert.Equal(78_200, week.DistanceM, 6);
        Assert.Equal((33 + 40 + 34 + 25 + 80 + 90) * 60, week.DurationS, 6);
        Assert.Equal(14_000, week.LongestRunM, 6);
        Assert.Equal((100.0 * 130 / 180, 100.0 * 30 / 180, 100.0 * 20 / 180), (week.EasyTimeSharePct!.Value, week.ModerateTimeSharePct!.Value, week.HardTimeSharePct!.Value));
        Assert.Equal((4, 4, 1), (previous.Activities, previous.Runs, previous.HardSessions));
        Assert.Equal(32_100, previous.RunDistanceM, 6);
        Assert.Equal((62.5, 25.0, 12.5), (previous.EasyTimeSharePct!.Value, previous.ModerateTimeSharePct!.Value, previous.HardTimeSharePct!.Value));
    }

    private static IntensitySplit Split(double easyMin, double moderateMin, double hardMin) => new(easyMin * 60, moderateMin * 60, hardMin * 60);

    [Fact]
    public void From_NoRuns_NoEasyShareAndZeroLongestRun()
    {
        var week = WeekTrainingFigures.From([Run(0, 30, 60, sport: Sport.Cycling)], null);

        Assert.Equal((1, 0, 30_000.0, 0.0, 0.0), (week.Activities, week.Runs, week.DistanceM, week.RunDistanceM, week.LongestRunM));
        Assert.Null(week.EasyTimeSharePct);
    }

    [Fact]
    public void From_Nothing_AllZero()
    {
        var week = WeekTrainingFigures.From([], null);

        Assert.Equal((0, 0, 0.0, 0.0, 0, 0.0), (week.Activities, week.Runs, week.DistanceM, week.DurationS, week.HardSessions, week.LongestRunM));
        Assert.Null(week.EasyTimeSharePct);
    }
}
