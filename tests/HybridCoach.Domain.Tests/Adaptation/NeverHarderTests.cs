using HybridCoach.Domain.Adaptation;
using HybridCoach.Domain.Planning;
using Xunit;
using static HybridCoach.Domain.Tests.Adaptation.SessionAdjusterTestData;

namespace HybridCoach.Domain.Tests.Adaptation;

public class NeverHarderTests
{
    [Fact]
    public void Check_ShorterRecoveryForTempo_Passes()
    {
        var recovery = SessionKit.Make(Day, SessionType.Recovery, [Steps.ByTime(StepKind.Active, Intensity.Recovery, 1800, "Recovery")], "z1", "r");
        var verdict = NeverHarder.Check(Tempo(), recovery, Threshold);
        Assert.True(verdict.Passed, string.Join("; ", verdict.Reasons));
        Assert.Contains("ok: top zone z1 vs z4", verdict.Reasons);
        Assert.Contains("ok: hard time 0 min vs 20 min", verdict.Reasons);
    }

    [Fact]
    public void Check_IntervalsForTempo_FailsOnPaceZoneAndType()
    {
        var verdict = NeverHarder.Check(Easy(50), Vo2(), Threshold);
        Assert.False(verdict.Passed);
        Assert.Contains(verdict.Reasons, r => r.StartsWith("harder: fastest pace", StringComparison.Ordinal));
        Assert.Contains("harder: top zone z5 vs z2", verdict.Reasons);
        Assert.Contains("harder: hard time 15 min vs 0 min", verdict.Reasons);
        Assert.Contains("harder: type VO2 intervals (hard) vs easy run (not hard)", verdict.Reasons);
    }

    [Fact]
    public void Check_LongerEasyRun_FailsOnLoadOnly()
    {
        var verdict = NeverHarder.Check(Easy(40), Easy(60), Threshold);
        Assert.False(verdict.Passed);
        Assert.Single(verdict.Reasons, r => r.StartsWith("harder:", StringComparison.Ordinal));
        Assert.StartsWith("harder: load", verdict.Reasons[0]);
    }

    [Fact]
    public void Check_RunForCrossTraining_FailsBecauseItAddsARunningPace()
    {
        var cross = EasySessions.CrossTraining(Day, 60 * 60);
        var verdict = NeverHarder.Check(cross, Easy(20), Threshold);
        Assert.False(verdict.Passed);
        Assert.Contains(verdict.Reasons, r => r.StartsWith("harder: fastest pace", StringComparison.Ordinal) && r.EndsWith("vs none", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_SameSession_Passes()
    {
        Assert.True(NeverHarder.Check(Vo2(), Vo2(), Threshold).Passed);
    }
}
