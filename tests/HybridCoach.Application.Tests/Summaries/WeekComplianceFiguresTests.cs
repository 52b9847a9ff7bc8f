using HybridCoach.Application.Summaries;
using HybridCoach.Domain.Adaptation;
using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Units;
using Xunit;

namespace HybridCoach.Application.Tests.Summaries;

public class WeekComplianceFiguresTests
{
    private static readonly DateOnly Thursday = new(2026, 5, 21);

    private static SessionMatch Day(int day, SessionType type, double km, SessionStatus status) =>
        new(new PlannedSession(Thursday.AddDays(day), type, km * 1000, km * 330, [], type == SessionType.Rest ? null : "z2", "why", []),
            status, [], 0, 0, 0, "matched");

    [Fact]
    public void From_AWeekOfVerdicts_CountsAndMissedKeySessions()
    {
        SessionMatch[] matches =
        [
            Day(-1, SessionType.Easy, 6, SessionStatus.Done), // the day before: not this week
            Day(0, SessionType.Strides, 6.05, SessionStatus.Done), Day(1, SessionType.Easy, 6, SessionStatus.Partial),
            Day(2, SessionType.Tempo, 10.4, SessionStatus.Missed), Day(3, SessionType.Long, 16, SessionStatus.Missed),
            Day(4, SessionType.Rest, 0, SessionStatus.Rested), Day(5, SessionType.Easy, 6, SessionStatus.Missed),
            Day(6, SessionType.Vo2Intervals, 9, SessionStatus.Replaced), Day(7, SessionType.Easy, 6, SessionStatus.Upcoming),
        ];

        var week = WeekComplianceFigures.From(matches, Thursday, DistanceUnit.Kilometers)!;

        Assert.Equal((6, 1, 1, 3, 1), (week.Planned, week.Done, week.Partial, week.Missed, week.Replaced));
        Assert.Equal(6050 + 6000 + 10400 + 16000 + 6000 + 9000, week.PlannedDistanceM, 6);
        Assert.Equal(["Tempo 10.4 km", "Long run 16 km"], week.MissedKeySessions);
    }

    [Fact]
    public void From_WeekBeforeThePlan_Null()
    {
        Assert.Null(WeekComplianceFigures.From([Day(0, SessionType.Easy, 6, SessionStatus.Done)], Thursday.AddDays(-7), DistanceUnit.Kilometers));
    }

    [Fact]
    public void From_SessionsNotYetDue_LeftOut()
    {
        SessionMatch[] partWeek = [Day(0, SessionType.Easy, 6, SessionStatus.Done), Day(1, SessionType.Long, 16, SessionStatus.Upcoming)];
        SessionMatch[] notBegun = [Day(0, SessionType.Long, 16.5, SessionStatus.Upcoming), Day(1, SessionType.Easy, 7.7, SessionStatus.Upcoming)];

        var week = WeekComplianceFigures.From(partWeek, Thursday, DistanceUnit.Kilometers)!;

        Assert.Equal((1, 1, 0), (week.Planned, week.Done, week.Missed));
        Assert.Equal(6000, week.PlannedDistanceM, 6);
        Assert.Empty(week.MissedKeySessions);
        Assert.Null(WeekComplianceFigures.From(notBegun, Thursday, DistanceUnit.Kilometers));
    }
}
