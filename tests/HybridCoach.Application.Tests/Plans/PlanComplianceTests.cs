using HybridCoach.Application.Plans;
using Xunit;

namespace HybridCoach.Application.Tests.Plans;

/// <summary>The plan calendar's compliance colours by distance (TrainingPeaks' bands: ±20 % green, ±50 % yellow).</summary>
public class PlanComplianceTests
{
    private static readonly DateOnly Today = new(2026, 5, 20);

    [Theory]
    [InlineData(10_000, 10_000, "2026-05-19", Compliance.Completed)]
    [InlineData(10_000, 8_000, "2026-05-19", Compliance.Completed)]
    [InlineData(10_000, 12_000, "2026-05-19", Compliance.Completed)]
    [InlineData(10_000, 7_999, "2026-05-19", Compliance.Close)]
    [InlineData(10_000, 15_000, "2026-05-19", Compliance.Close)]
    [InlineData(10_000, 4_999, "2026-05-19", Compliance.Off)]
    [InlineData(10_000, 0, "2026-05-19", Compliance.Missed)]
    [InlineData(10_000, 0, "2026-05-20", Compliance.Upcoming)]
    [InlineData(0, 5_000, "2026-05-19", Compliance.Unplanned)]
    [InlineData(0, 0, "2026-05-19", Compliance.None)]
    public void Of_DistanceDoneAgainstPlanned(double plannedM, double doneM, string day, Compliance expected) =>
        Assert.Equal(expected, PlanCalendar.Of(plannedM, doneM, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), Today));
}
