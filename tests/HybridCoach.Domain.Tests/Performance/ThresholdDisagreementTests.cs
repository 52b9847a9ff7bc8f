using HybridCoach.Domain.Performance;
using HybridCoach.Domain.Units;
using Xunit;

namespace HybridCoach.Domain.Tests.Performance;

/// <summary>The profile's threshold pace against the history's estimate: more than 5 % apart in speed warns, with the direction.</summary>
public class ThresholdDisagreementTests
{
    private static ThresholdPaceEstimate Estimate(double secondsPerKm) => new(new Pace(secondsPerKm), ThresholdMethod.DanielsThresholdPace,
        [new DatedEffort(new DateOnly(2026, 5, 10), Distance.FromKilometers(10), new Duration(2480), "a1")], 50, null,
        new DateOnly(2026, 5, 20), new DateOnly(2026, 2, 20));

    [Theory]
    [InlineData(240, 255, 6.25)]    // 4:00 vs 4:15: 255/240 − 1 = 6.25 % faster
    [InlineData(270, 255, -5.56)]   // 4:30 vs 4:15: 255/270 − 1 = −5.56 % (slower)
    public void BeyondFivePercent_Warns(double profile, double estimate, double expectedPct)
    {
        var warning = ThresholdDisagreement.Between(new Pace(profile), Estimate(estimate));
        Assert.NotNull(warning);
        Assert.Equal(expectedPct, warning.DifferencePct, 2);
        Assert.Contains(expectedPct > 0 ? "% faster than" : "% slower than", warning.Message(DistanceUnit.Kilometers), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(243, 255)]  // 4.94 % faster
    [InlineData(255, 255)]
    [InlineData(267, 255)]  // 4.49 % slower
    public void WithinFivePercent_OrNoEstimate_Silent(double profile, double estimate)
    {
        Assert.Null(ThresholdDisagreement.Between(new Pace(profile), Estimate(estimate)));
        Assert.Null(ThresholdDisagreement.Between(new Pace(profile), null));
    }
}
