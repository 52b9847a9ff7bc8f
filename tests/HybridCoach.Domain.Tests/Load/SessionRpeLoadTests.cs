using HybridCoach.Domain.Load;
using Xunit;

namespace HybridCoach.Domain.Tests.Load;

public class SessionRpeLoadTests
{
    // fellrnr.com "TRIMP" (science.md §4): 120 min at RPE 6 = 720.
    [Fact]
    public void Compute_FostersWorkedExample_Gives720()
    {
        Assert.Equal(720, SessionRpeLoad.Compute(6, 120), 9);
    }

    [Fact]
    public void Compute_ActivityWithRpe_UsesTimerMinutesAndSaysHow()
    {
        var value = SessionRpeLoad.Compute(LoadTestData.Summary(timerS: 7200, rpe: 6))!;
        Assert.Equal(720, value.Value, 9);
        Assert.Equal(LoadMeasure.SessionRpe, value.Measure);
        Assert.Equal("session_rpe_load", value.FormulaId);
        Assert.Equal("RPE 6 × 120.0 min", value.Derivation);
    }

    [Fact]
    public void Compute_ActivityWithoutRpe_IsNull()
    {
        Assert.Null(SessionRpeLoad.Compute(LoadTestData.Summary()));
    }

    [Fact]
    public void Compute_RpeAboveTen_ThrowsNamingTheScale()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SessionRpeLoad.Compute(11, 60));
        Assert.Equal("rpe", error.ParamName);
        Assert.Contains("CR-10", error.Message);
    }
}
