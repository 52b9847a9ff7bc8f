using HybridCoach.Application.Summaries;
using HybridCoach.Domain.Load;
using Xunit;

namespace HybridCoach.Application.Tests.Summaries;

public class LoadTrendFiguresTests
{
    private static readonly DateOnly Monday = new(2026, 5, 11);

    private static DailyMetrics Day(int day, double chronic, double? acwr, double form) =>
        new(Monday.AddDays(day), 40, acwr, acwr, acwr, chronic, chronic * (acwr ?? 1), form, null, null, 0, 0, 0, null);

    [Fact]
    public void From_ASeries_ChronicLoadTheDayBeforeAndAtTheEnd()
    {
        DailyMetrics[] days = [Day(-1, 36.2, 1.02, 0.5), Day(0, 36.6, 1.05, -1.0), Day(3, 36.9, 1.1, -2.5), Day(6, 37.3, 0.98, 0.7)];

        var trend = LoadTrendFigures.From(days, Monday, Monday.AddDays(6))!;

        Assert.Equal((36.2, 37.3, 0.98, 0.7), (trend.ChronicLoadStart, trend.ChronicLoadEnd, trend.AcwrEnd, trend.FormEnd));
    }

    [Fact]
    public void From_WeekStillRunning_EndsOnTheLastDayGiven()
    {
        DailyMetrics[] days = [Day(-1, 36.2, null, 0.5), Day(3, 36.9, null, -2.5), Day(6, 37.3, 0.98, 0.7)];

        var trend = LoadTrendFigures.From(days, Monday, Monday.AddDays(3))!;

        Assert.Equal((36.2, 36.9, -2.5), (trend.ChronicLoadStart, trend.ChronicLoadEnd, trend.FormEnd));
        Assert.Null(trend.AcwrEnd);
    }

    [Fact]
    public void From_DayBeforeMissing_Null()
    {
        Assert.Null(LoadTrendFigures.From([Day(0, 36.6, 1.05, -1.0), Day(6, 37.3, 0.98, 0.7)], Monday, Monday.AddDays(6)));
    }
}
