using HybridCoach.Domain.Performance;
using HybridCoach.Domain.Units;
using Xunit;

namespace HybridCoach.Domain.Tests.Performance;

/// <summary>Riegel (1981), T2 = T1·(D2/D1)^1.06; worked examples from science.md §2 (±0.01 s as printed).</summary>
public class RiegelTests
{
    [Theory]
    [InlineData(5000, 1200, 10000, 2501.92)]
    [InlineData(5000, 1200, 21097.5, 5520.24)]
    [InlineData(5000, 1200, 42195, 11509.32)]
    [InlineData(10000, 2400, 42195, 11040.48)]
    public void PredictTime_PublishedExample_MatchesToTheHundredth(double fromM, double fromS, double toM, double expectedS) =>
        Assert.Equal(expectedS, Riegel.PredictTime(new Distance(fromM), new Duration(fromS), new Distance(toM)).Seconds, 0.01);

    // science.md §2: half marathon in 1:30:00 → marathon 3:07:39 (printed to the second).
    [Fact]
    public void PredictTime_HalfIn1_30_00_GivesMarathon3_07_39() =>
        Assert.Equal("3:07:39",
            Riegel.PredictTime(new Distance(21097.5), Duration.FromMinutes(90), new Distance(42195)).ToString());

    [Fact]
    public void PredictTime_ExponentOne_ScalesTimeLinearly() =>
        Assert.Equal(2400, Riegel.PredictTime(new Distance(5000), new Duration(1200), new Distance(10000), 1.0).Seconds, 1e-9);

    [Fact]
    public void PredictTime_ZeroTargetDistance_ThrowsNamingTargetDistance()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            Riegel.PredictTime(new Distance(5000), new Duration(1200), Distance.Zero));
        Assert.StartsWith("targetDistance must be more than 0 m", error.Message);
    }

    [Fact]
    public void PredictTime_NegativeExponent_ThrowsNamingExponent()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            Riegel.PredictTime(new Distance(5000), new Duration(1200), new Distance(10000), -1.06));
        Assert.Equal("exponent", error.ParamName);
    }
}
