using HybridCoach.Domain.Load;
using Xunit;

namespace HybridCoach.Domain.Tests.Load;

/// <summary>science.md §4: week 600, 200, 400, 500, 100, 650, 0 (2450).</summary>
public class MonotonyTests
{
    private static readonly double[] Week = [600, 200, 400, 500, 100, 650, 0];

    [Fact]
    public void Compute_PopulationSd_Is1Point4924AndStrain3656()
    {
        var monotony = Monotony.Compute(Week, StandardDeviationConvention.Population, 10)!.Value;
        Assert.Equal(1.4924, monotony, 4);
        Assert.Equal(3656.4, Strain.Compute(2450, monotony), 1);
    }

    [Fact]
    public void Compute_SampleSd_Is1Point3817AndStrain3385()
    {
        var monotony = Monotony.Compute(Week, StandardDeviationConvention.Sample, 10)!.Value;
        Assert.Equal(1.3817, monotony, 4);
        Assert.Equal(3385.2, Strain.Compute(2450, monotony), 1);
    }

    // fellrnr.com caps monotony at 10 when the SD goes to 0.
    [Fact]
    public void Compute_EqualLoads_IsCappedAt10()
    {
        Assert.Equal(10, Monotony.Compute([50, 50, 50, 50, 50, 50, 50], StandardDeviationConvention.Population, 10));
    }

    [Fact]
    public void Compute_RestWeek_IsNull()
    {
        Assert.Null(Monotony.Compute(new double[7], StandardDeviationConvention.Population, 10));
    }
}
