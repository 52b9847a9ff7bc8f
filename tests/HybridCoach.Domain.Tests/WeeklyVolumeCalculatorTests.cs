using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Units;
using Xunit;

namespace HybridCoach.Domain.Tests;

public class WeeklyVolumeCalculatorTests
{
    [Fact]
    public void WeekStart_OfSunday2026November22_IsMonday16th() =>
        Assert.Equal(new DateOnly(2026, 11, 16), WeeklyVolumeCalculator.WeekStart(new DateOnly(2026, 11, 22)));

    [Fact]
    public void Calculate_RunsAndARideOverThreeWeeks_SumsRunsAndKeepsTheEmptyWeek()
    {
        var summaries = new[]
        {
            Summary(new DateTimeOffset(2026, 11, 2, 7, 0, 0, TimeSpan.FromHours(1)), Sport.Running, 10_000, 3000),
            Summary(new DateTimeOffset(2026, 11, 8, 9, 0, 0, TimeSpan.FromHours(1)), Sport.TrailRunning, 21_000, 7200),
            Summary(new DateTimeOffset(2026, 11, 8, 16, 0, 0, TimeSpan.FromHours(1)), Sport.Cycling, 40_000, 5400),
            Summary(new DateTimeOffset(2026, 11, 17, 7, 0, 0, TimeSpan.FromHours(1)), Sport.Running, 8_000, 2400),
        };

        var weeks = WeeklyVolumeCalculator.Calculate(summaries);

        Assert.Equal(3, weeks.Count);
        Assert.Equal(new WeekVolume(new DateOnly(2026, 11, 2), 2, new Distance(31_000), new Duration(10_200), new Distance(21_000), 1), weeks[0]);
        Assert.Equal(0, weeks[1].Runs);
        Assert.Equal(8_000, weeks[2].RunDistance.Meters);
    }

    private static ActivitySummary Summary(DateTimeOffset start, Sport sport, double meters, double seconds) => new(
        start, sport, null, new Distance(meters), new Duration(seconds), new Duration(seconds), new Duration(seconds),
        null, null, null, null, null, null, null, null, null);
}
