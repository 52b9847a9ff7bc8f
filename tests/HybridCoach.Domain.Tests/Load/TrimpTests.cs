using HybridCoach.Domain.Load;
using HybridCoach.Domain.Units;
using Xunit;

namespace HybridCoach.Domain.Tests.Load;

public class TrimpTests
{
    private static readonly LoadProfile Male = new(new HeartRate(40), new HeartRate(200), null, null, TrimpCoefficients.Men);

    // fellrnr.com "TRIMP" (science.md §5): male, max 200, rest 40, 30 min at 130 bpm ≈ 32 (exactly 31.8025).
    [Fact]
    public void Compute_FellrnrWorkedExample_Gives31Point8()
    {
        var trimp = Trimp.Compute(30, 130, 40, 200, TrimpCoefficients.Men);
        Assert.Equal(31.8025, trimp, 4);
        Assert.Equal(32, Math.Round(trimp));
    }

    // science.md §5: the same input with the women's coefficients 0.86 / 1.67 gives 37.1285.
    [Fact]
    public void Compute_WomensCoefficients_Give37Point13()
    {
        Assert.Equal(37.1285, Trimp.Compute(30, 130, 40, 200, TrimpCoefficients.Women), 4);
    }

    [Fact]
    public void Compute_HeartRateSamples_SumsPerSecond()
    {
        var samples = LoadTestData.Samples(1800, _ => 3, heartRate: _ => 130);
        var value = Trimp.Compute(LoadTestData.Activity(LoadTestData.Summary(timerS: 1800), samples), Male)!;
        Assert.Equal(31.8025, value.Value, 4);
        Assert.Equal(LoadMeasure.Trimp, value.Measure);
        Assert.StartsWith("HR samples over 30.0 min", value.Derivation);
    }

    [Fact]
    public void Compute_PauseBetweenSamples_IsLeftOut()
    {
        var builder = new HybridCoach.Domain.Activities.SampleSeriesBuilder();
        for (var i = 0; i <= 1800; i++)
        {
            // A 10-minute stop after 15 minutes: the gap is not time spent at 130 bpm.
            builder.Append(LoadTestData.Start.ToUnixTimeMilliseconds() + (i <= 900 ? i : i + 600) * 1000L);
            builder.Set(HybridCoach.Domain.Activities.SampleChannel.HeartRateBpm, 130);
        }
        var value = Trimp.Compute(LoadTestData.Activity(LoadTestData.Summary(timerS: 1800), builder.Build()), Male)!;
        Assert.Equal(31.8025 * 1799 / 1800, value.Value, 0.0001);
    }

    [Fact]
    public void Compute_NoSamples_UsesAverageHeartRateAndTimerTime()
    {
        var value = Trimp.Compute(LoadTestData.Activity(LoadTestData.Summary(timerS: 1800, averageHr: 130)), Male)!;
        Assert.Equal(31.8025, value.Value, 4);
        Assert.StartsWith("average HR 130", value.Derivation);
    }

    [Fact]
    public void Compute_NoRestingHeartRate_IsNull()
    {
        var profile = Male with { RestingHeartRate = null };
        Assert.Null(Trimp.Compute(LoadTestData.Activity(LoadTestData.Summary(averageHr: 130)), profile));
    }

    [Fact]
    public void Compute_MaxNotAboveRest_ThrowsNamingMax()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Trimp.Compute(30, 130, 60, 60, TrimpCoefficients.Men));
        Assert.Equal("maxBpm", error.ParamName);
    }
}
