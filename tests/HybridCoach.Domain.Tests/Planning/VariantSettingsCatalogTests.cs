using HybridCoach.Domain.Planning;
using Xunit;

namespace HybridCoach.Domain.Tests.Planning;

public class VariantSettingsCatalogTests
{
    // Gabbett 2016's "sweet spot" 0.8–1.3 (science.md §3): moderate = 1.3, conservative inside it, aggressive < 1.5.
    [Fact]
    public void For_EachVariant_PublishedBoundsAndOrder()
    {
        var c = VariantSettingsCatalog.For(PlanVariant.Conservative);
        var m = VariantSettingsCatalog.For(PlanVariant.Moderate);
        var a = VariantSettingsCatalog.For(PlanVariant.Aggressive);

        Assert.Equal([1.2, 1.3, 1.4], new[] { c.AcwrCeiling, m.AcwrCeiling, a.AcwrCeiling });
        Assert.Equal([0.05, 0.08, 0.10], new[] { c.MaxCycleGrowth, m.MaxCycleGrowth, a.MaxCycleGrowth });
        Assert.Equal([1, 2, 2], new[] { c.QualitySessionsPerCycle, m.QualitySessionsPerCycle, a.QualitySessionsPerCycle });
        Assert.Equal(3, VariantSettingsCatalog.SharpenQualitySessions(a));
        Assert.All(VariantSettingsCatalog.All, s => Assert.InRange(s.RecoveryReduction, 0.20, 0.30));
        Assert.All(VariantSettingsCatalog.All, s => Assert.InRange(s.RecoveryEvery, 3, 4));
        Assert.All(VariantSettingsCatalog.All, s => Assert.InRange(s.LongRunMaxDurationS, 2.5 * 3600, 3 * 3600));
        Assert.Equal([0, 0.5, 1], new[] { c.EnvelopePosition, m.EnvelopePosition, a.EnvelopePosition });
    }

    [Fact]
    public void RunnerTypePresets_Comeback_RunWalkAndHalfGrowth()
    {
        var comeback = RunnerTypePresets.For(RunnerType.Comeback);
        var beginner = RunnerTypePresets.For(RunnerType.Beginner);
        var masters = RunnerTypePresets.For(RunnerType.Masters);

        Assert.Equal(0.5, comeback.GrowthFactor);
        Assert.True(comeback.RunWalkCycles >= 1 && comeback.NoIntensityCycles > comeback.RunWalkCycles);
        Assert.Equal(1, beginner.MaxQualitySessions);
        Assert.DoesNotContain(SessionType.Vo2Intervals, beginner.BuildSessions);
        Assert.Equal(3, masters.RecoveryEvery);
        Assert.Equal(1, masters.ExtraRestDays);
        Assert.Contains(SessionType.Vo2Intervals, RunnerTypePresets.For(RunnerType.FiveTenKRacer).BuildSessions);
        Assert.Equal(SessionType.RacePace, RunnerTypePresets.For(RunnerType.Marathoner).SharpenSessions[0]);
    }
}
