using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Planning.Envelope;
using Xunit;

namespace HybridCoach.Domain.Tests.Planning.Envelope;

/// <summary>The references' long-run rule in figures (docs/plan-envelope.md, "The long-run rule").</summary>
public class LongRunLimitTests
{
    private static PlanRequest Request(double raceM, double longestM, double weeklyM = 45_000) =>
        PlanRequests.For(raceM, 12, weeklyM: weeklyM) with
        {
            Fitness = PlanRequests.For(raceM, 12, weeklyM: weeklyM).Fitness with { LongestRunM = longestM },
        };

    [Theory]
    [InlineData(40_000, 12_000)]   // Daniels: 30 % of 40 km
    [InlineData(64_000, 19_200)]   // 30 % just under 65 km
    [InlineData(66_000, 19_500)]   // 25 % of 66 km is 16.5 km, but never less than 30 % of 65 km
    [InlineData(100_000, 25_000)]  // 25 % of 100 km
    public void DanielsM_ShareOfTheWeek_NeverFallsAsTheWeekGrows(double weekM, double expectedM) =>
        Assert.Equal(expectedM, LongRunLimit.DanielsM(weekM), 6);

    [Theory]
    [InlineData(42_195, 50_000, 25_000)]   // marathon: half of 50 km (Higdon), under the envelope's 32 km (mid level)
    [InlineData(42_195, 80_000, 32_000)]   // marathon: half of 80 km is 40 km, capped at the published 32 km
    [InlineData(21_097.5, 40_000, 20_000)] // half: half of 40 km, under its 22 km
    [InlineData(10_000, 40_000, 12_000)]   // 10K: Daniels only
    public void MaxM_ByRace_DanielsOrHigdonsHalfUpToThePublishedLongest(double raceM, double weekM, double expectedM) =>
        Assert.Equal(expectedM, LongRunLimit.MaxM(weekM, Request(raceM, 0)), 6);

    [Fact]
    public void MaxM_RunnersOwnLongestRun_AlwaysAllowed() =>
        Assert.Equal(21_000, LongRunLimit.MaxM(40_000, Request(10_000, 21_000)), 6);

    [Fact]
    public void LargestWithin_LighterWeek_FindsTheLongestTheRuleAllows()
    {
        // 10K, no own longest: L ≤ 0.99 × 0.30 × (20 km + L) → L ≤ 5.94 km / 0.703 = 8,449.5 m.
        var longM = LongRunLimit.LargestWithin(15_000, 20_000, 1, Request(10_000, 0));

        Assert.InRange(longM, 8_449, 8_449.6);
    }

    [Fact]
    public void LargestWithin_OwnLongestRun_KeptWhole() =>
        Assert.Equal(14_000, LongRunLimit.LargestWithin(14_000, 10_000, 1, Request(10_000, 14_000)), 6);

    [Theory]
    [InlineData(42_195, PlanVariant.Conservative, 9000)]
    [InlineData(42_195, PlanVariant.Aggressive, 10_800)]   // Hansons' 3 hours at most
    [InlineData(21_097.5, PlanVariant.Aggressive, 9000)]   // Daniels' 150 min below the marathon
    public void CeilingS_MarathonVariantsElseDaniels(double raceM, PlanVariant variant, double expectedS) =>
        Assert.Equal(expectedS, LongRunLimit.CeilingS(Request(raceM, 0), VariantSettingsCatalog.For(variant)));

    [Fact]
    public void Classes_GoalDistancesAndWeeklyVolumes_FallInTheirBands()
    {
        Assert.Equal([RaceDistanceClass.FiveK, RaceDistanceClass.TenK, RaceDistanceClass.Half, RaceDistanceClass.Marathon, RaceDistanceClass.Marathon],
            new[] { 5000, 10000, 21097.5, 42195, 100000 }.Select(RaceDistanceClasses.For));
        Assert.Equal([VolumeLevel.Low, VolumeLevel.Mid, VolumeLevel.Mid, VolumeLevel.High],
            new[] { 39_999, 40_000, 64_999, 65_000 }.Select(w => VolumeLevels.For(w)));
    }
}
