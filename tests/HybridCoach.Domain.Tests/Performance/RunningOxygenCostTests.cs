using HybridCoach.Domain.Performance;
using HybridCoach.Domain.Units;
using Xunit;

namespace HybridCoach.Domain.Tests.Performance;

/// <summary>Daniels–Gilbert oxygen cost, checked on science.md §1.1's 10 km in 40:00 example (v = 250 m/min).</summary>
public class RunningOxygenCostTests
{
    [Fact]
    public void Vo2MlPerKgPerMin_At250MetersPerMinute_Is47_4645() =>
        Assert.Equal(47.4645, RunningOxygenCost.Vo2MlPerKgPerMin(new Speed(250 / 60.0)), 1e-9);

    [Fact]
    public void SpeedAt_47_4645_Is250MetersPerMinute() =>
        Assert.Equal(250, RunningOxygenCost.SpeedAt(47.4645).MetersPerSecond * 60, 1e-9);

    [Fact]
    public void SpeedAt_Zero_ThrowsNamingVo2()
    {
        var error = Assert.Throws<ArgumentException>(() => RunningOxygenCost.SpeedAt(0));
        Assert.StartsWith("vo2MlPerKgPerMin must be", error.Message);
    }
}
