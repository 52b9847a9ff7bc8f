using HybridCoach.Domain.Load;
using Xunit;

namespace HybridCoach.Domain.Tests.Load;

public class EfficiencyFactorTests
{
    // science.md §8: EF = speed (m/min) ÷ HR; the first worked half, 200 m/min at 140 bpm.
    [Fact]
    public void Compute_200MetresPerMinuteAt140_Is1Point4286()
    {
        Assert.Equal(1.428571, EfficiencyFactor.Compute(200, 140), 6);
    }

    [Fact]
    public void Compute_SteadySamples_UsesTheTimeWeightedMeans()
    {
        var samples = LoadTestData.Samples(3600, i => i < 1800 ? 200 / 60.0 : 195 / 60.0, heartRate: i => i < 1800 ? 140 : 146);
        Assert.Equal(197.5 / 143, EfficiencyFactor.Compute(samples)!.Value, 9);
    }

    [Fact]
    public void Compute_ZeroHeartRate_ThrowsNamingIt()
    {
        Assert.Equal("heartRateBpm", Assert.Throws<ArgumentOutOfRangeException>(() => EfficiencyFactor.Compute(200, 0)).ParamName);
    }
}
