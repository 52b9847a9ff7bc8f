using HybridCoach.Domain.Load;
using HybridCoach.Domain.Units;
using Xunit;

namespace HybridCoach.Domain.Tests.Load;

public class LoadInputsKeyTests
{
    private static readonly LoadProfile Profile = new(new HeartRate(48), new HeartRate(188), null, new Pace(265), TrimpCoefficients.Men);

    [Fact]
    public void Of_Profile_ListsEveryInputReadably()
    {
        Assert.Equal("v1;rest=48;max=188;lthr=-;tpace=265;trimp=0.64/1.92;gap=30;grade=20;norm=30^4", LoadInputsKey.Of(Profile));
    }

    [Fact]
    public void Of_LthrSetOrSexChanged_GivesAnotherKey()
    {
        var key = LoadInputsKey.Of(Profile);

        Assert.Equal(key, LoadInputsKey.Of(Profile with { }));
        Assert.NotEqual(key, LoadInputsKey.Of(Profile with { LactateThresholdHeartRate = new HeartRate(172) }));
        Assert.NotEqual(key, LoadInputsKey.Of(Profile with { TrimpCoefficients = TrimpCoefficients.Women }));
        Assert.NotEqual(key, LoadInputsKey.Of(Profile, LoadSettings.Default with { MaxSampleGapS = 60 }));
    }

    // MinimumCoverage only picks the series' measure; it changes no activity's value.
    [Fact]
    public void Of_OnlyMinimumCoverageChanged_KeepsTheKey()
    {
        Assert.Equal(LoadInputsKey.Of(Profile), LoadInputsKey.Of(Profile, LoadSettings.Default with { MinimumCoverage = 0.5 }));
    }
}
