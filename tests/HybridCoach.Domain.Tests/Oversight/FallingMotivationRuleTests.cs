using HybridCoach.Domain.Oversight;
using Xunit;
using static HybridCoach.Domain.Tests.Oversight.EscalationTestData;

namespace HybridCoach.Domain.Tests.Oversight;

public class FallingMotivationRuleTests
{
    private static EscalationInput Motivation(params int[] everyThreeDays) =>
        Input(signals: [.. everyThreeDays.Select((m, i) => Signal(Ago(3 * (everyThreeDays.Length - 1 - i)), motivation: m))]);

    [Fact]
    public void Detect_FiveDownToTwoOverThreeWeeks_Fires()
    {
        // 5,5,4,4,3,3,2,2 every 3 days (21 days): least-squares slope −0.1587/day = −1.11 per week.
        var alert = Assert.Single(FallingMotivationRule.Detect(Motivation(5, 5, 4, 4, 3, 3, 2, 2)));
        Assert.Equal((4, AsOf), (alert.Urgency, alert.Date));
        Assert.Equal("least-squares slope -1.11 per week (≤ -0.5); latest 2/5 (≤ 3)", alert.Evidence[1]);
    }

    [Fact]
    public void Detect_SteadyAtFour_DoesNotFire()
    {
        Assert.Empty(FallingMotivationRule.Detect(Motivation(4, 4, 4, 4, 4, 4, 4)));
    }

    [Fact]
    public void Detect_FallingButStillAtFour_DoesNotFire()
    {
        Assert.Empty(FallingMotivationRule.Detect(Motivation(5, 5, 5, 5, 4, 4, 4, 4)));
    }

    [Fact]
    public void Detect_TooFewReadings_DoesNotFire()
    {
        Assert.Empty(FallingMotivationRule.Detect(Motivation(5, 4, 3, 2, 1)));
    }
}
