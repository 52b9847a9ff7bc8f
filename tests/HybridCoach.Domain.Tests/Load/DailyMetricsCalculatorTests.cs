using HybridCoach.Domain.Load;
using Xunit;

namespace HybridCoach.Domain.Tests.Load;

public class DailyMetricsCalculatorTests
{
    private static readonly DateOnly Day28 = LoadTestData.Day0.AddDays(27);

    private static DailyMetrics On(IReadOnlyList<DatedLoad> entries, DateOnly day, DateOnly? asOf = null) =>
        DailyMetricsCalculator.Compute(entries, day, day, asOf ?? day).Single();

    // science.md §3, the worked vector through the whole pipeline.
    [Fact]
    public void Compute_AcwrWorkedVector_GivesThePublishedRatiosOnDay28()
    {
        var metrics = On(LoadTestData.Dated(LoadTestData.AcwrVector()), Day28);
        Assert.Equal(1.428571, metrics.AcwrCoupled!.Value, 6);
        Assert.Equal(1.666667, metrics.AcwrUncoupled!.Value, 6);
        Assert.Equal(1.249746, metrics.AcwrEwma!.Value, 6);
        Assert.Equal(50, metrics.Load);
    }

    // science.md §4's week ending on the day, population SD.
    [Fact]
    public void Compute_ExampleWeek_GivesMonotonyAndStrain()
    {
        var metrics = On(LoadTestData.Dated([600, 200, 400, 500, 100, 650, 0]), LoadTestData.Day0.AddDays(6));
        Assert.Equal(1.4924, metrics.Monotony!.Value, 4);
        Assert.Equal(3656.4, metrics.Strain!.Value, 1);
    }

    // science.md §6: 100 a day for 42 days from nothing, exponential form.
    [Fact]
    public void Compute_Daily100For42Days_ChronicIs63Point2121()
    {
        var metrics = On(LoadTestData.Dated(Enumerable.Repeat(100.0, 42).ToArray()), LoadTestData.Day0.AddDays(41));
        Assert.Equal(63.2121, metrics.ChronicLoad, 4);
    }

    [Fact]
    public void Compute_WeekOfRuns_SumsDistanceAndTimeAndCountsStreaks()
    {
        // Six days of 1,000 m in 600 s, then today a 20-minute swim (no run, under 30 min: a rest day).
        var entries = LoadTestData.Dated([10, 10, 10, 10, 10, 10]);
        entries.Add(new DatedLoad(LoadTestData.Day0.AddDays(6), 5, 0, 0, 1200));
        var metrics = On(entries, LoadTestData.Day0.AddDays(6));
        Assert.Equal(6000, metrics.WeeklyDistanceM, 9);
        Assert.Equal(3600, metrics.WeeklyTimeS, 9);
        Assert.Equal(7, metrics.ConsecutiveTrainingDays);
        Assert.Equal(0, metrics.DaysSinceRest);
        var dayBefore = On(entries, LoadTestData.Day0.AddDays(5));
        Assert.Equal(6, dayBefore.ConsecutiveTrainingDays);
        Assert.Null(dayBefore.DaysSinceRest);
    }

    [Fact]
    public void Compute_EntriesAfterAsOf_AreIgnored()
    {
        var entries = LoadTestData.Dated(LoadTestData.AcwrVector());
        var metrics = On(entries, Day28, asOf: Day28.AddDays(-7));
        Assert.Equal(0, metrics.Load);
        Assert.Equal(0, metrics.AcwrCoupled!.Value, 12);
    }

    [Fact]
    public void Compute_RangeBeforeHistory_HasNoRatios()
    {
        var metrics = DailyMetricsCalculator.Compute(LoadTestData.Dated(LoadTestData.AcwrVector()),
            LoadTestData.Day0.AddDays(-3), LoadTestData.Day0, LoadTestData.Day0);
        Assert.Equal(4, metrics.Count);
        Assert.All(metrics, m => Assert.Null(m.AcwrEwma));
        Assert.Equal(30, metrics[^1].Load);
    }

    [Fact]
    public void Compute_RangeEndingBeforeItStarts_ThrowsNamingTo()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            DailyMetricsCalculator.Compute([], LoadTestData.Day0, LoadTestData.Day0.AddDays(-1), LoadTestData.Day0));
        Assert.Equal("to", error.ParamName);
    }

    [Fact]
    public void Compute_NegativeLoad_ThrowsNamingTheDay()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            DailyMetricsCalculator.Compute([DatedLoad.Run(LoadTestData.Day0, -1)], LoadTestData.Day0, LoadTestData.Day0, LoadTestData.Day0));
        Assert.Contains("2024-01-01", error.Message);
    }

    [Fact]
    public void Ids_AreTheIssuesSnakeCaseNames()
    {
        Assert.Equal(["load", "acwr_coupled", "acwr_uncoupled", "acwr_ewma", "chronic_load", "acute_load", "form", "monotony",
            "strain", "weekly_distance_m", "weekly_time_s", "consecutive_training_days", "days_since_rest"], DailyMetricIds.All);
    }
}
