using HybridCoach.Domain.Oversight;
using Xunit;
using static HybridCoach.Domain.Tests.Oversight.EscalationTestData;

namespace HybridCoach.Domain.Tests.Oversight;

public class RestingHrAnomalyRuleTests
{
    [Fact]
    public void Detect_TenBpmOverBaseline_Fires()
    {
        var alert = Assert.Single(RestingHrAnomalyRule.Detect(Input(signals: [.. Baseline(Ago(1)), Signal(Ago(1), restingHr: 60)])));
        Assert.Equal((2, Ago(1)), (alert.Urgency, alert.Date));
        Assert.Equal(["2026-03-28: resting HR 60 bpm, +10.0 bpm over the baseline of 50.0 bpm (14 mornings)"], alert.Evidence);
    }

    [Fact]
    public void Detect_NineBpmOverBaselineOnce_DoesNotFire()
    {
        Assert.Empty(RestingHrAnomalyRule.Detect(Input(signals: [.. Baseline(Ago(1)), Signal(Ago(1), restingHr: 59)])));
    }

    [Fact]
    public void Detect_FiveBpmOverOnThreeDaysRunning_Fires()
    {
        // Baseline 50 for the 14 days before the first raised day; each later day's baseline includes the raised ones
        // (50×13 + 55)/14 = 50.4 → 55 is +4.6, so the readings climb: 55, 56, 57.
        var signals = Baseline(Ago(2)).Concat([Signal(Ago(2), restingHr: 55), Signal(Ago(1), restingHr: 56), Signal(Ago(0), restingHr: 57)]);
        var alert = Assert.Single(RestingHrAnomalyRule.Detect(Input(signals: [.. signals])));
        Assert.Equal(AsOf, alert.Date);
        Assert.Equal(3, alert.Evidence.Count);
        Assert.StartsWith("2026-03-27: resting HR 55 bpm, +5.0 bpm", alert.Evidence[0]);
    }

    [Fact]
    public void Detect_FiveBpmOverOnTwoDaysOnly_DoesNotFire()
    {
        var signals = Baseline(Ago(1)).Concat([Signal(Ago(1), restingHr: 55), Signal(Ago(0), restingHr: 56)]);
        Assert.Empty(RestingHrAnomalyRule.Detect(Input(signals: [.. signals])));
    }

    [Fact]
    public void Detect_FewerThanFiveBaselineMornings_DoesNotFire()
    {
        var signals = Enumerable.Range(2, 4).Select(i => Signal(Ago(i), restingHr: 50)).Append(Signal(Ago(1), restingHr: 70));
        Assert.Empty(RestingHrAnomalyRule.Detect(Input(signals: [.. signals])));
    }
}
