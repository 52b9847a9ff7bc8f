using HybridCoach.Application.Plans;
using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Racing;
using HybridCoach.Domain.Units;
using Xunit;

namespace HybridCoach.Application.Tests.Plans;

public class BuildPlanRequestTests
{
    private static readonly DateOnly AsOf = PlanFixture.AsOf;

    /// <summary>Six weeks of 8 + 10 km runs and a long run of 14, 15, 16, 17, 18 and 20 km; one 30 km run before the window and one 25 km after the as-of date.</summary>
    private static async Task<PlanFixture> SixWeeksAsync()
    {
        var f = new PlanFixture();
        f.World.Profile = PlanFixture.Profile();
        double[] longRuns = [20, 18, 17, 16, 15, 14];
        for (var week = 0; week < 6; week++)
        {
            await f.RunAsync(AsOf.AddDays(-7 * week - 1), 8, 40);
            await f.RunAsync(AsOf.AddDays(-7 * week - 2), 10, 50);
            await f.RunAsync(AsOf.AddDays(-7 * week - 4), longRuns[week], longRuns[week] * 5.5);
        }
        await f.RunAsync(AsOf.AddDays(-50), 30, 180);
        await f.RunAsync(AsOf.AddDays(1), 25, 150);
        await f.RaceAsync(PlanFixture.HalfMarathonDay, "Goal half", 21.0975, RacePriority.A);
        return f;
    }

    // (6 × (8 + 10) + 14 + 15 + 16 + 17 + 18 + 20) km = 208 km over 6 weeks = 34,666.7 m a week.
    [Fact]
    public async Task Build_SixWeeksOfRuns_MeanWeeklyDistanceAndLongestRunOfTheWindowOnly()
    {
        var f = await SixWeeksAsync();

        var request = await f.Builder().BuildAsync(new PlanOptions(AsOf));

        Assert.Equal(208_000 / 6.0, request.Fitness.WeeklyDistanceM, 6);
        Assert.Equal(20_000, request.Fitness.LongestRunM, 6);
        Assert.Equal(AsOf.AddDays(1), request.Start);
        Assert.Equal(262, request.Fitness.ThresholdPace.SecondsPerKilometer);
        Assert.Equal(171, request.Fitness.LactateThresholdHeartRate!.Value.BeatsPerMinute);
        Assert.Equal(19, request.Fitness.HistoryLoads.Count); // every run up to the as-of date, none after
        Assert.All(request.Fitness.HistoryLoads, l => Assert.True(l.Load > 0));
    }

    // Running stress (science.md §6): one hour at threshold pace is 100 points.
    [Fact]
    public async Task Build_OneHourAtThresholdPace_HistoryLoadIsAHundredRunningStressPoints()
    {
        var f = new PlanFixture { World = { Profile = PlanFixture.Profile() } };
        await f.RunAsync(AsOf.AddDays(-3), 3600 / 262.0, 60);
        await f.RaceAsync(PlanFixture.HalfMarathonDay, "Goal half", 21.0975, RacePriority.A);

        var request = await f.Builder().BuildAsync(new PlanOptions(AsOf));

        var load = Assert.Single(request.Fitness.HistoryLoads);
        Assert.Equal(AsOf.AddDays(-3), load.Day);
        Assert.Equal(100, load.Load, 1);
    }

    // Daniels' VDOT table (science.md §1.3): 5 km in 19:57 is VDOT 50. An older, faster 5 km (18:00) is outside the 12 weeks.
    [Fact]
    public async Task Build_Recent5kBestEffort_VdotFromDanielsTable()
    {
        var f = new PlanFixture { World = { Profile = PlanFixture.Profile() } };
        await f.RunAsync(AsOf.AddDays(-10), 8, 36, new BestEffort("5k", Distance.FromKilometers(5), new Duration(1197), new Duration(300)));
        await f.RunAsync(AsOf.AddDays(-100), 8, 34, new BestEffort("5k", Distance.FromKilometers(5), new Duration(1080), new Duration(300)));
        await f.RaceAsync(PlanFixture.HalfMarathonDay, "Goal half", 21.0975, RacePriority.A);

        var request = await f.Builder().BuildAsync(new PlanOptions(AsOf));

        Assert.InRange(request.Fitness.Vdot!.Value, 49.9, 50.1);
    }

    [Fact]
    public async Task Build_NoBestEfforts_VdotIsUnknown()
    {
        var f = await SixWeeksAsync();

        var request = await f.Builder().BuildAsync(new PlanOptions(AsOf));

        Assert.Null(request.Fitness.Vdot);
    }

    [Fact]
    public async Task Build_CalendarWithBAndARaces_NextARaceIsTheGoalOthersBeforeItAndMultiRace()
    {
        var f = await SixWeeksAsync();
        await f.RaceAsync(AsOf.AddDays(-3), "Past 10K", 10, RacePriority.A);
        await f.RaceAsync(new DateOnly(2026, 6, 21), "Tune-up 10K", 10, RacePriority.B);
        await f.RaceAsync(new DateOnly(2026, 10, 11), "Autumn marathon", 42.195, RacePriority.A);

        var request = await f.Builder().BuildAsync(new PlanOptions(AsOf));

        Assert.Equal("Goal half", request.GoalRace.Name);
        Assert.Equal(PlanFixture.HalfMarathonDay, request.GoalRace.Date);
        var other = Assert.Single(request.OtherRaces);
        Assert.Equal(("Tune-up 10K", RacePriority.B), (other.Name, other.Priority));
        Assert.Equal(RunnerType.MultiRace, request.RunnerType);
    }

    [Fact]
    public async Task Build_RaceIdGiven_ThatRaceIsTheGoalAsPriorityA()
    {
        var f = await SixWeeksAsync();
        var marathon = await f.RaceAsync(new DateOnly(2026, 10, 11), "Autumn marathon", 42.195, RacePriority.B);

        var request = await f.Builder().BuildAsync(new PlanOptions(AsOf, RaceId: marathon));

        Assert.Equal(("Autumn marathon", RacePriority.A), (request.GoalRace.Name, request.GoalRace.Priority));
        Assert.Equal("Goal half", Assert.Single(request.OtherRaces).Name);
        Assert.Equal(RacePriority.B, request.OtherRaces[0].Priority);
    }

    [Fact]
    public async Task Build_DefaultsFromProfile_HalfMarathonGoalIsMarathonerTrainingAgeZeroIsBeginner()
    {
        var f = await SixWeeksAsync();
        var seasoned = await f.Builder().BuildAsync(new PlanOptions(AsOf));
        f.World.Profile = PlanFixture.Profile(trainingAge: 0);
        var novice = await f.Builder().BuildAsync(new PlanOptions(AsOf, CycleDays: 9, Start: AsOf.AddDays(5)));

        Assert.Equal(RunnerType.Marathoner, seasoned.RunnerType);
        Assert.Equal([DayOfWeek.Monday], seasoned.ClearDays);
        Assert.Equal(DayOfWeek.Sunday, seasoned.LongRunDay);
        Assert.Equal(7, seasoned.CycleDays);
        Assert.Equal(RunnerType.Beginner, novice.RunnerType);
        Assert.Equal((9, AsOf.AddDays(5)), (novice.CycleDays, novice.Start));
    }

    [Fact]
    public async Task Build_NoThresholdPaceAndNoBestEfforts_RefusesSayingHowToSetOne()
    {
        var f = await SixWeeksAsync();
        f.World.Profile = PlanFixture.Profile(thresholdSPerKm: null);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => f.Builder().BuildAsync(new PlanOptions(AsOf)));

        Assert.Equal("no threshold pace: set it in the athlete's profile, or import runs with best efforts", error.Message);
    }

    [Fact]
    public async Task Build_NoARaceAfterTheStart_RefusesSayingHowToAddOne()
    {
        var f = new PlanFixture { World = { Profile = PlanFixture.Profile() } };
        await f.RaceAsync(new DateOnly(2026, 6, 21), "Tune-up 10K", 10, RacePriority.B);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => f.Builder().BuildAsync(new PlanOptions(AsOf)));

        Assert.Equal("no A race after 2026-05-21: add the goal race with priority A first", error.Message);
    }

    [Theory]
    [InlineData(6)]
    [InlineData(15)]
    public async Task Build_CycleDaysOutsideSevenToFourteen_RefusesNamingTheOption(int days)
    {
        var f = await SixWeeksAsync();

        var error = await Assert.ThrowsAnyAsync<ArgumentException>(() => f.Builder().BuildAsync(new PlanOptions(AsOf, CycleDays: days)));

        Assert.Equal($"--cycle-days {days}: expected 7 to 14 days", Assert.IsType<HybridCoach.Application.Errors.InvalidInputException>(error).AsOption());
    }
}
