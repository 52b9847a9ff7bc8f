using HybridCoach.Domain.Oversight;
using Xunit;
using static HybridCoach.Domain.Tests.Oversight.EscalationTestData;

namespace HybridCoach.Domain.Tests.Oversight;

public class MajorLifeStressorRuleTests
{
    [Fact]
    public void Detect_LifeStressFiveOfFive_Fires()
    {
        var alert = Assert.Single(MajorLifeStressorRule.Detect(Input(signals: [Signal(Ago(2), lifeStress: 5)])));
        Assert.Equal((4, Ago(2)), (alert.Urgency, alert.Date));
        Assert.Equal(["2026-03-27: life stress 5/5"], alert.Evidence);
    }

    [Fact]
    public void Detect_LifeStressFour_DoesNotFire()
    {
        Assert.Empty(MajorLifeStressorRule.Detect(Input(signals: [Signal(Ago(2), lifeStress: 4)])));
    }

    [Theory]
    [InlineData("My dad passed away on Tuesday", "passed away")]
    [InlineData("Lost my job this week, training is the only routine left", "lost my job")]
    [InlineData("Going through a divorce", "divorce")]
    public void Detect_LifeEventInCheckInNotes_Fires(string notes, string phrase)
    {
        var alert = Assert.Single(MajorLifeStressorRule.Detect(Input([CheckIn(Ago(6), notes)])));
        Assert.Equal([$"2026-03-23 check-in notes: mentions \"{phrase}\""], alert.Evidence);
    }

    [Theory]
    [InlineData("Busy at work but fine")]
    [InlineData("No funeral after all, grandma is recovering")]
    public void Detect_OrdinaryOrNegatedNotes_DoNotFire(string notes)
    {
        Assert.Empty(MajorLifeStressorRule.Detect(Input([CheckIn(Ago(6), notes)])));
    }
}
