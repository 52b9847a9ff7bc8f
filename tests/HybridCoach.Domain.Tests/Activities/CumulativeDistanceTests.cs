using HybridCoach.Domain.Activities;
using Xunit;

namespace HybridCoach.Domain.Tests.Activities;

public class CumulativeDistanceTests
{
    [Fact]
    public void FromDistanceChannel_StartingAboveZero_IsRelativeToTheFirstSample() =>
        Assert.Equal([0, 5, 12], CumulativeDistance.FromDistanceChannel([3, 8, 15])!);

    [Fact]
    public void FromDistanceChannel_SmallDropIsJitter_HoldsThePreviousValue() =>
        Assert.Equal([0, 100, 100, 101], CumulativeDistance.FromDistanceChannel([0, 100, 99.5, 101])!);

    [Fact]
    public void FromDistanceChannel_CounterResetToZero_ContinuesFromWhereItWas() =>
        Assert.Equal([0, 5000, 5000, 5500], CumulativeDistance.FromDistanceChannel([0, 5000, 0, 500])!);

    [Fact]
    public void FromDistanceChannel_MissingValues_AreHeldAtThePreviousValue() =>
        Assert.Equal([0, 0, 10, 10, 30], CumulativeDistance.FromDistanceChannel([double.NaN, 50, 60, double.NaN, 80])!);

    [Fact]
    public void FromDistanceChannel_AllMissing_IsNull() =>
        Assert.Null(CumulativeDistance.FromDistanceChannel([double.NaN, double.NaN]));

    // Three points a tenth of a degree of latitude apart: 11,119.508 m each (R·π/1800).
    [Fact]
    public void FromPositions_StepsAlongAMeridian_AddUpHaversineSteps()
    {
        var result = CumulativeDistance.FromPositions([45.0, 45.1, double.NaN, 45.2], [7.0, 7.0, double.NaN, 7.0])!;
        Assert.Equal(0, result[0]);
        Assert.Equal(11_119.508, result[1], 3);
        Assert.Equal(11_119.508, result[2], 3);
        Assert.Equal(22_239.016, result[3], 3);
    }

    [Fact]
    public void From_SeriesWithoutDistanceOrPositions_IsNull()
    {
        var builder = new SampleSeriesBuilder();
        builder.Append(0);
        builder.Set(SampleChannel.HeartRateBpm, 120);
        Assert.Null(CumulativeDistance.From(builder.Build()));
    }
}
