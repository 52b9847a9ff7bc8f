using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Load;
using HybridCoach.Domain.Units;
using Xunit;

namespace HybridCoach.Domain.Tests.Load;

public class TrainingLoadSelectorTests
{
    private static readonly DateOnly AsOf = new(2024, 5, 31);
    private static readonly LoadProfile Full = new(new HeartRate(40), new HeartRate(200), new HeartRate(170), new Pace(270), TrimpCoefficients.Men);

    // 30 min at 6 km (5:00/km), average HR 130, RPE 6.
    private static Activity Run(int day = 0, int? rpe = 6, double? hr = 130) => LoadTestData.Activity(
        LoadTestData.Summary(timerS: 1800, distanceM: 6000, averageHr: hr, rpe: rpe, start: LoadTestData.Start.AddDays(day)));

    [Fact]
    public void Select_FullProfile_UsesRunningStress()
    {
        var selection = TrainingLoadSelector.Select([Run()], Full, AsOf);
        Assert.Equal(LoadMeasure.RunningStress, selection.Measure);
        Assert.Equal(40.5, selection.Loads[0].Value.Value, 9);
    }

    [Fact]
    public void Select_HeartRatesWithoutThresholds_FallsBackToTrimp()
    {
        var profile = Full with { ThresholdPace = null, LactateThresholdHeartRate = null };
        var selection = TrainingLoadSelector.Select([Run()], profile, AsOf);
        Assert.Equal(LoadMeasure.Trimp, selection.Measure);
        Assert.Equal(31.8025, selection.Loads[0].Value.Value, 4);
    }

    [Fact]
    public void Select_OnlyRpe_FallsBackToSessionRpe()
    {
        var selection = TrainingLoadSelector.Select([Run()], LoadProfile.Empty, AsOf);
        Assert.Equal(LoadMeasure.SessionRpe, selection.Measure);
        Assert.Equal(180, selection.Loads[0].Value.Value, 9);
    }

    [Fact]
    public void Select_Nothing_FallsBackToDuration()
    {
        var selection = TrainingLoadSelector.Select([Run(rpe: null)], LoadProfile.Empty, AsOf);
        Assert.Equal(LoadMeasure.Duration, selection.Measure);
        Assert.Equal(30, selection.Loads[0].Value.Value, 9);
    }

    [Fact]
    public void Select_ForcedDistance_UsesKilometres()
    {
        var selection = TrainingLoadSelector.Select([Run()], Full, AsOf, LoadMeasure.Distance);
        Assert.Equal(LoadMeasure.Distance, selection.Measure);
        Assert.Equal(6, selection.Loads[0].Value.Value, 9);
    }

    // Four of five runs have an RPE (80 %): sRPE is used, the fifth is estimated at the others' 6 per minute.
    [Fact]
    public void Select_OneActivityWithoutTheMeasure_EstimatesItFromDuration()
    {
        Activity[] runs = [Run(0), Run(1), Run(2), Run(3), Run(4, rpe: null)];
        var selection = TrainingLoadSelector.Select(runs, LoadProfile.Empty, AsOf);
        Assert.Equal(LoadMeasure.SessionRpe, selection.Measure);
        Assert.True(selection.Loads[4].Estimated);
        Assert.Equal(180, selection.Loads[4].Value.Value, 9);
        Assert.Equal("duration_estimate", selection.Loads[4].Value.FormulaId);
    }

    [Fact]
    public void Select_ActivitiesAfterAsOf_AreIgnored()
    {
        var selection = TrainingLoadSelector.Select([Run(0), Run(60)], LoadProfile.Empty, AsOf);
        Assert.Single(selection.Loads);
    }

    [Theory]
    [InlineData("duration", LoadMeasure.Duration)]
    [InlineData("distance", LoadMeasure.Distance)]
    [InlineData("srpe", LoadMeasure.SessionRpe)]
    [InlineData("trimp", LoadMeasure.Trimp)]
    [InlineData("RSS", LoadMeasure.RunningStress)]
    public void Parse_Ids_RoundTrip(string id, LoadMeasure measure)
    {
        Assert.Equal(measure, LoadMeasureIds.Parse(id));
        Assert.Equal(id.ToLowerInvariant(), measure.ToId());
    }

    [Fact]
    public void Parse_UnknownId_ThrowsListingTheIds()
    {
        var error = Assert.Throws<ArgumentException>(() => LoadMeasureIds.Parse("tss"));
        Assert.Contains("duration, distance, srpe, trimp, rss", error.Message);
    }
}
