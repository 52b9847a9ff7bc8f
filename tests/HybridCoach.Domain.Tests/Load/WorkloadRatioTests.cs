using HybridCoach.Domain.Load;
using Xunit;

namespace HybridCoach.Domain.Tests.Load;

/// <summary>science.md §3: the worked vector 21 × 30 then 7 × 50, read on day 28.</summary>
public class WorkloadRatioTests
{
    private static readonly double[] Loads = LoadTestData.AcwrVector();

    [Fact]
    public void RollingCoupled_WorkedVector_Is50Over35()
    {
        var series = WorkloadRatio.RollingCoupled(Loads, 0);
        Assert.Equal(50, series.Acute[27], 9);
        Assert.Equal(35, series.Chronic[27], 9);
        Assert.Equal(1.428571, series.Ratio[27]!.Value, 6);
    }

    [Fact]
    public void RollingUncoupled_WorkedVector_Is50Over30()
    {
        var series = WorkloadRatio.RollingUncoupled(Loads, 0);
        Assert.Equal(50, series.Acute[27], 9);
        Assert.Equal(30, series.Chronic[27], 9);
        Assert.Equal(1.666667, series.Ratio[27]!.Value, 6);
    }

    [Fact]
    public void Ewma_WorkedVectorSeededWithDayOne_Is1Point2497()
    {
        var series = WorkloadRatio.Ewma(Loads, 0);
        Assert.Equal(47.330322, series.Acute[27], 6);
        Assert.Equal(37.871967, series.Chronic[27], 6);
        Assert.Equal(1.249746, series.Ratio[27]!.Value, 6);
    }

    [Fact]
    public void Ratios_BeforeTwentyEightDaysOfHistory_AreNull()
    {
        Assert.Null(WorkloadRatio.RollingCoupled(Loads, 0).Ratio[26]);
        Assert.Null(WorkloadRatio.RollingUncoupled(Loads, 0).Ratio[26]);
        Assert.Null(WorkloadRatio.Ewma(Loads, 0).Ratio[26]);
    }

    [Fact]
    public void RollingCoupled_ChronicNotLongerThanAcute_ThrowsNamingSettings()
    {
        var settings = SeriesSettings.Default with { ChronicDays = 7 };
        Assert.Equal("settings", Assert.Throws<ArgumentException>(() => WorkloadRatio.RollingCoupled(Loads, 0, settings)).ParamName);
    }
}
