using HybridCoach.Domain.Load;
using Xunit;

namespace HybridCoach.Domain.Tests.Load;

public class MinettiCostTests
{
    // science.md §7: the Minetti et al. 2002 polynomial's values and their ratio to the level cost.
    [Theory]
    [InlineData(-0.45, 4.0323, 1.1201)]
    [InlineData(-0.30, 2.4622, 0.6840)]
    [InlineData(-0.20, 1.8000, 0.5000)]
    [InlineData(-0.10, 2.1517, 0.5977)]
    [InlineData(-0.05, 2.7459, 0.7628)]
    [InlineData(0.00, 3.6, 1)]
    [InlineData(0.05, 4.6852, 1.3014)]
    [InlineData(0.10, 5.9682, 1.6578)]
    [InlineData(0.20, 9.0067, 2.5019)]
    [InlineData(0.30, 12.5793, 3.4942)]
    [InlineData(0.45, 19.426, 5.3961)]
    public void OfRunning_PublishedGrades_MatchesTheTable(double grade, double costJPerKgM, double relative)
    {
        Assert.Equal(costJPerKgM, MinettiCost.OfRunning(grade), 3);
        Assert.Equal(relative, MinettiCost.RelativeToLevel(grade), 3);
    }

    // The measured means (abstract): 18.93 at +0.45, 1.73 at −0.20, 3.40 level — the fit is within 0.5.
    [Theory]
    [InlineData(0.45, 18.93)]
    [InlineData(-0.20, 1.73)]
    [InlineData(0.0, 3.40)]
    public void OfRunning_MeasuredMeans_AreWithinTheFitsError(double grade, double measured)
    {
        Assert.InRange(MinettiCost.OfRunning(grade), measured - 0.5, measured + 0.5);
    }

    [Fact]
    public void OfRunning_BeyondTheFittedRange_IsClamped()
    {
        Assert.Equal(MinettiCost.OfRunning(0.45), MinettiCost.OfRunning(0.80), 12);
        Assert.Equal(MinettiCost.OfRunning(-0.45), MinettiCost.OfRunning(-1.0), 12);
    }

    [Fact]
    public void OfRunning_NaN_Throws()
    {
        Assert.Equal("grade", Assert.Throws<ArgumentException>(() => MinettiCost.OfRunning(double.NaN)).ParamName);
    }
}
