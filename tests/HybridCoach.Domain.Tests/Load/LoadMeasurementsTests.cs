using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Load;
using HybridCoach.Domain.Units;
using Xunit;

namespace HybridCoach.Domain.Tests.Load;

public class LoadMeasurementsTests
{
    // Foster (science.md §4): 45 min at RPE 6 → 270.
    [Fact]
    public void All_RunWithRpeAndNoProfile_GivesEveryMeasureWithDerivationOrReason()
    {
        var run = LoadTestData.Activity(LoadTestData.Summary(timerS: 2700, distanceM: 9000, rpe: 6));

        var loads = LoadMeasurements.All(run, LoadProfile.Empty);

        Assert.Equal([LoadMeasure.Duration, LoadMeasure.Distance, LoadMeasure.SessionRpe, LoadMeasure.Trimp, LoadMeasure.RunningStress], loads.Select(l => l.Measure));
        Assert.Equal(270, loads[2].Value!.Value, 9);
        Assert.Equal("RPE 6 × 45.0 min", loads[2].Value!.Derivation);
        Assert.Equal(45, loads[0].Value!.Value, 9);
        Assert.Equal("needs resting and max HR in the athlete profile", loads[3].UnavailableReason);
        Assert.Equal("no threshold pace (graded pace); no LTHR (HR stress)", loads[4].UnavailableReason);
    }

    [Fact]
    public void All_MaxHrNotAboveResting_MakesOnlyTrimpUnavailableWithTheReason()
    {
        var run = LoadTestData.Activity(LoadTestData.Summary(timerS: 1800, averageHr: 130));
        var profile = LoadProfile.Empty with { RestingHeartRate = new HeartRate(60), MaxHeartRate = new HeartRate(50) };

        var loads = LoadMeasurements.All(run, profile);

        Assert.Null(loads[3].Value);
        Assert.Contains("max heart rate must be above the resting heart rate", loads[3].UnavailableReason, StringComparison.Ordinal);
        Assert.Equal(30, loads[0].Value!.Value, 9);
    }

    // The selector gives the same figures from stored values as from the activities (TrainingLoadSelectorTests' run:
    // 30 min at 5:00/km with threshold 4:30/km → rss 40.5, me-create.com's worked example).
    [Fact]
    public void Select_FromMeasuredActivities_MatchesSelectFromActivities()
    {
        var profile = new LoadProfile(null, null, null, new Pace(270), TrimpCoefficients.Men);
        Activity[] activities =
        [
            LoadTestData.Activity(LoadTestData.Summary(timerS: 1800, distanceM: 6000)) with { Id = 1 },
            LoadTestData.Activity(LoadTestData.Summary(Sport.Cycling, timerS: 3600, distanceM: 30000, start: LoadTestData.Start.AddDays(1))) with { Id = 2 },
        ];
        var asOf = new DateOnly(2024, 5, 31);
        var measured = activities.Select(a => new MeasuredActivity(a.Id, a.Summary, LoadMeasurements.All(a, profile))).ToList();

        var fromActivities = TrainingLoadSelector.Select(activities, profile, asOf, LoadMeasure.RunningStress);
        var fromStored = TrainingLoadSelector.Select(measured, asOf, LoadMeasure.RunningStress);

        Assert.Equal(40.5, fromStored.Loads[0].Value.Value, 9);
        Assert.True(fromStored.Loads[1].Estimated);
        Assert.Equal(81, fromStored.Loads[1].Value.Value, 9); // 60 min × 1.35 per min of the measured run
        Assert.Equal(fromActivities.ToDated(), fromStored.ToDated());
        Assert.Equal(2, fromStored.Loads[1].ActivityId);
    }
}
