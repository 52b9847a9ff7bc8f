using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Oversight;
using Xunit;
using static HybridCoach.Domain.Tests.Oversight.EscalationTestData;

namespace HybridCoach.Domain.Tests.Oversight;

public class RepeatedSorenessRuleTests
{
    private static readonly Niggle Calf = new("calf", BodySide.Left, 3);

    [Fact]
    public void Detect_NigglesInThreeConsecutiveCheckIns_Fires()
    {
        var checkIns = new[] { CheckIn(Ago(20), null, Calf), CheckIn(Ago(13), "calf still sore"), CheckIn(Ago(6), null, new Niggle("calf", BodySide.Left, 4)) };
        var alert = Assert.Single(RepeatedSorenessRule.Detect(Input(checkIns)));
        Assert.Equal((3, Ago(6)), (alert.Urgency, alert.Date));
        Assert.Equal(["2026-03-09 check-in: calf left 3/10", "2026-03-16 check-in: soreness in the notes", "2026-03-23 check-in: calf left 4/10"], alert.Evidence);
    }

    [Fact]
    public void Detect_ThreeNigglesWithAWeekMissing_DoesNotFire()
    {
        var checkIns = new[] { CheckIn(Ago(27), null, Calf), CheckIn(Ago(13), null, Calf), CheckIn(Ago(6), null, Calf) };
        Assert.Empty(RepeatedSorenessRule.Detect(Input(checkIns)));
    }

    [Fact]
    public void Detect_SeverityZeroAndNegatedNotes_DoNotCount()
    {
        var checkIns = new[] { CheckIn(Ago(20), null, new Niggle("calf", BodySide.Left, 0)), CheckIn(Ago(13), "not sore at all"), CheckIn(Ago(6), null, Calf) };
        Assert.Empty(RepeatedSorenessRule.Detect(Input(checkIns)));
    }

    [Fact]
    public void Detect_SorenessFiveInEachOfThreeWeeks_Fires()
    {
        var signals = new[] { Signal(Ago(18), soreness: 5), Signal(Ago(10), sore: ("hamstring", 6)), Signal(Ago(2), soreness: 7) };
        var alert = Assert.Single(RepeatedSorenessRule.Detect(Input(signals: signals)));
        Assert.Equal(Ago(2), alert.Date);
        Assert.Equal(["2026-03-11: soreness 5/10 overall", "2026-03-19: soreness 6/10 at the hamstring", "2026-03-27: soreness 7/10 overall"], alert.Evidence);
    }

    [Fact]
    public void Detect_SorenessFourInOneOfTheWeeks_DoesNotFire()
    {
        var signals = new[] { Signal(Ago(18), soreness: 5), Signal(Ago(10), soreness: 4), Signal(Ago(2), soreness: 7) };
        Assert.Empty(RepeatedSorenessRule.Detect(Input(signals: signals)));
    }
}
