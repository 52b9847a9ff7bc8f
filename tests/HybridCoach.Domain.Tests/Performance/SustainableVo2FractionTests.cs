using HybridCoach.Domain.Performance;
using HybridCoach.Domain.Units;
using Xunit;

namespace HybridCoach.Domain.Tests.Performance;

/// <summary>Daniels–Gilbert fraction of VO2max, checked on science.md §1.1's 10 km in 40:00 example.</summary>
public class SustainableVo2FractionTests
{
    [Fact]
    public void For_40Minutes_Is0_91376() =>
        Assert.Equal(0.9137614442697204, SustainableVo2Fraction.For(Duration.FromMinutes(40)), 1e-12);
}
