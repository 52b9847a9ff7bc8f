using HybridCoach.Domain.Load;
using HybridCoach.Domain.Units;
using Xunit;

namespace HybridCoach.Domain.Tests.Load;

public class HeartRateStressTests
{
    // The scale's definition (science.md §6): one hour at threshold is 100, like rTSS.
    [Fact]
    public void Compute_OneHourAtLthr_Is100()
    {
        Assert.Equal(100, HeartRateStress.Compute(Duration.FromHours(1), new HeartRate(170), new HeartRate(170)), 9);
    }

    // (HR/LTHR)² × hours × 100 (geratools.com convention): 30 min at 153 of 170 (IF 0.9) → 40.5.
    [Fact]
    public void Compute_HalfHourAtNinetyPercent_Gives40Point5()
    {
        Assert.Equal(40.5, HeartRateStress.Compute(Duration.FromMinutes(30), new HeartRate(153), new HeartRate(170)), 9);
    }

    [Fact]
    public void Compute_NoLthr_IsNull()
    {
        Assert.Null(HeartRateStress.Compute(LoadTestData.Summary(averageHr: 150), LoadProfile.Empty));
    }
}
