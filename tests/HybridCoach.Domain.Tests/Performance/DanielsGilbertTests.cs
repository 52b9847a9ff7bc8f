using HybridCoach.Domain.Performance;
using HybridCoach.Domain.Units;
using Xunit;

namespace HybridCoach.Domain.Tests.Performance;

/// <summary>The two Daniels–Gilbert equations, checked on science.md §1.1's 10 km in 40:00 worked example.</summary>
public class DanielsGilbertTests
{
    [Fact]
    public void Vo2MlPerKgPerMin_At250MetersPerMinute_Is47_4645() =>
        Assert.Equal(47.4645, RunningOxygenCost.Vo2MlPerKgPerMin(new Speed(250 / 60.0)), 1e-9);

    [Fact]
    public void SpeedAt_47_4645_Is250MetersPerMinute() =>
        Assert.Equal(250, RunningOxygenCost.SpeedAt(47.4645).MetersPerSecond * 60, 1e-9);

    [Fact]
    public void For_40Minutes_Is0_91376() =>
        Assert.Equal(0.9137614442697204, SustainableVo2Fraction.For(Duration.FromMinutes(40)), 1e-12);

    [Fact]
    public void SpeedAt_Zero_ThrowsNamingVo2()
    {
        var error = Assert.Throws<ArgumentException>(() => RunningOxygenCost.SpeedAt(0));
        Assert.StartsWith("vo2MlPerKgPerMin must be", error.Message);
    }
}
