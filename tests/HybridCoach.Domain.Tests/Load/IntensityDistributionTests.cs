using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Load;
using Xunit;
using static HybridCoach.Domain.Tests.Load.IntensityTestData;

namespace HybridCoach.Domain.Tests.Load;

/// <summary>
/// Hand-computed minutes per zone. Week of Mon 6 May 2024: run A = 20 min z1/HR z1 (1 s samples), 30 min z2/HR z2
/// (5 s), a 5 min pause (one 300 s gap), 10 min z4/HR z4 (2 s); run B = 12 min z5/HR 5a, 8 min z6/HR 5c,
/// 15 min z3/HR z3 (3 s). Pace: 20, 30, 15, 10, 12, 8 min = 95 min, easy 50 / moderate 15 / hard 30.
/// HR: 20, 30, 15, 10, 12, 0, 8 min, easy 50 / moderate 25 / hard 20.
/// </summary>
public class IntensityDistributionTests
{
    private static readonly DateOnly Monday = new(2024, 5, 6);

    private static List<Activity> Activities() =>
    [
        Run(Monday, Samples(Minutes(20, 1, 3.0, 140), Minutes(30, 5, 3.5, 150), new(300, 300, 0, 100), Minutes(10, 2, 4.2, 165))),
        Run(Monday.AddDays(2), Samples(Minutes(12, 3, 4.7, 172), Minutes(8, 3, 5.2, 182), Minutes(15, 3, 3.8, 158))),
        Run(Monday.AddDays(3), Samples(Minutes(60, 1, 5.5, 185)), Sport.Cycling),
        Run(Monday.AddDays(8), Samples(Minutes(40, 1, 3.0, 140))),
        Run(Monday.AddDays(10), Samples(Minutes(30, 1, 4.2, 165))),
    ];

    private static double[] ZoneMinutes(IReadOnlyList<ZoneTime> zones) => [.. zones.Select(z => Math.Round(z.TimeMin, 9))];

    [Fact]
    public void Weekly_HandBuiltWeek_GivesHandComputedMinutesPerZone()
    {
        var weeks = IntensityDistribution.Weekly(Activities(), PaceZones, HeartRateZones, asOf: Monday.AddDays(9));
        Assert.Equal(2, weeks.Count);
        Assert.Equal(Monday, weeks[0].WeekStart);
        Assert.Equal([20.0, 30, 15, 10, 12, 8], ZoneMinutes(weeks[0].PaceZones));
        Assert.Equal([20.0, 30, 15, 10, 12, 0, 8], ZoneMinutes(weeks[0].HeartRateZones));
    }

    [Fact]
    public void Weekly_HandBuiltWeek_GivesEasyModerateHardPercentages()
    {
        var week = IntensityDistribution.Weekly(Activities(), PaceZones, HeartRateZones, asOf: Monday.AddDays(9))[0];
        Assert.Equal(50 * 60, week.PaceSplit.EasyS, 9);
        Assert.Equal(52.632, week.PaceSplit.EasyPercent!.Value, 3);
        Assert.Equal(15.789, week.PaceSplit.ModeratePercent!.Value, 3);
        Assert.Equal(31.579, week.PaceSplit.HardPercent!.Value, 3);
        Assert.Equal(52.632, week.HeartRateSplit.EasyPercent!.Value, 3);
        Assert.Equal(26.316, week.HeartRateSplit.ModeratePercent!.Value, 3);
        Assert.Equal(21.053, week.HeartRateSplit.HardPercent!.Value, 3);
    }

    [Fact]
    public void Weekly_AsOfDate_IgnoresLaterRuns()
    {
        var secondWeek = IntensityDistribution.Weekly(Activities(), PaceZones, HeartRateZones, asOf: Monday.AddDays(9))[1];
        Assert.Equal([40.0, 0, 0, 0, 0, 0], ZoneMinutes(secondWeek.PaceZones));
        Assert.Equal(100, secondWeek.PaceSplit.EasyPercent);
        var later = IntensityDistribution.Weekly(Activities(), PaceZones, HeartRateZones, asOf: Monday.AddDays(13))[1];
        Assert.Equal([40.0, 0, 0, 30, 0, 0], ZoneMinutes(later.PaceZones));
    }

    [Fact]
    public void Weekly_FromEarlierWeek_IncludesEmptyWeekWithNullPercentages()
    {
        var weeks = IntensityDistribution.Weekly(Activities(), PaceZones, null, asOf: Monday.AddDays(9), from: Monday.AddDays(-3));
        Assert.Equal(3, weeks.Count);
        Assert.Equal(Monday.AddDays(-7), weeks[0].WeekStart);
        Assert.Equal(0, weeks[0].PaceSplit.TotalS);
        Assert.Null(weeks[0].PaceSplit.EasyPercent);
        Assert.Empty(weeks[1].HeartRateZones);
    }

    [Fact]
    public void PaceZoneSeconds_DistanceOnlySamples_UsesSpeedFromDistance()
    {
        var samples = LoadTestData.Samples(600, _ => 3.5);
        Assert.Equal([0.0, 600, 0, 0, 0, 0], IntensityDistribution.PaceZoneSeconds(samples, PaceZones));
    }

    [Fact]
    public void HeartRateZoneSeconds_PauseLongerThan30s_IsLeftOut()
    {
        var samples = Samples(Minutes(1, 1, 3.0, 150), new(31, 31, 0, 150), Minutes(1, 30, 3.0, 150));
        Assert.Equal([0.0, 120, 0, 0, 0, 0, 0], IntensityDistribution.HeartRateZoneSeconds(samples, HeartRateZones));
    }

    [Fact]
    public void Weekly_FromAfterAsOf_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            IntensityDistribution.Weekly(Activities(), PaceZones, HeartRateZones, asOf: Monday, from: Monday.AddDays(7)));
        Assert.Contains("as-of", error.Message);
    }

    [Fact]
    public void PaceZoneSeconds_ZeroPauseGap_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => IntensityDistribution.PaceZoneSeconds(Samples(Minutes(1, 1, 3, 140)), PaceZones, maxGapS: 0));
    }
}
