using HybridCoach.Domain.Load;
using Xunit;

namespace HybridCoach.Domain.Tests.Load;

/// <summary>science.md §8: halves at 200 m/min, 140 bpm and 195 m/min, 146 bpm.</summary>
public class DecouplingTests
{
    [Fact]
    public void Compute_WorkedHalves_Gives6Point507Percent()
    {
        Assert.Equal(6.507, Decoupling.Compute(200, 140, 195, 146), 3);
    }

    [Fact]
    public void Compute_SamplesWithTheWorkedHalves_Gives6Point507Percent()
    {
        var samples = LoadTestData.Samples(3600, i => i < 1800 ? 200 / 60.0 : 195 / 60.0, heartRate: i => i < 1800 ? 140 : 146);
        Assert.Equal(6.507, Decoupling.Compute(samples)!.Value, 3);
    }

    [Fact]
    public void Compute_ShortRun_IsNull()
    {
        Assert.Null(Decoupling.Compute(LoadTestData.Samples(600, _ => 3, heartRate: _ => 140)));
    }

    [Fact]
    public void Compute_NoHeartRate_IsNull()
    {
        Assert.Null(Decoupling.Compute(LoadTestData.Samples(3600, _ => 3)));
    }
}
