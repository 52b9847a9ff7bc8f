using HybridCoach.Domain.Performance;
using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Racing;
using HybridCoach.Domain.Units;
using Xunit;

namespace HybridCoach.Domain.Tests.Planning;

public class SeasonPlannerTests
{
    [Theory]
    [InlineData(5000, 8)]
    [InlineData(21097.5, 16)]
    [InlineData(42195, 24)]
    public void Generate_AnyRace_RaceSessionOnItsDateWithRestBefore(double raceM, int weeks)
    {
        var request = PlanRequests.For(raceM, weeks);
        var plan = SeasonPlanner.Generate(request, PlanVariant.Moderate);

        var race = Assert.Single(plan.Sessions, s => s.Type == SessionType.Race);
        Assert.Equal(request.GoalRace.Date, race.Date);
        Assert.Equal(raceM, race.Steps.Single(st => st.Kind == StepKind.Active).DistanceM!.Value, 3);
        Assert.Equal(SessionType.Rest, plan.Sessions.Single(s => s.Date == request.GoalRace.Date.AddDays(-1)).Type);
        Assert.Equal(Phase.Race, plan.Microcycles.Single(m => m.Days.Contains(race)).Phase);
        Assert.Equal(request.Start, plan.Start);
    }

    // Threshold 4:00/km → Skiba zones (science.md §11.1): z4 = 95–105 % of threshold speed = 3:48.6–4:12.6 /km,
    // z2 = 80–87 % = 4:35.9–5:00.0 /km, z1 slower than 5:00.0 /km.
    [Fact]
    public void Generate_Threshold4_00_PacesInsideTheAthletesZones()
    {
        var request = PlanRequests.For(10000, 12, thresholdSPerKm: 240);
        var plan = SeasonPlanner.Generate(request, PlanVariant.Moderate);
        var steps = plan.Sessions.SelectMany(s => StepTotals.Leaves(s.Steps)).Select(l => l.Step).ToList();

        var tempo = steps.Where(s => s.ZoneId == "z4" && s.Kind == StepKind.Active && s.Description.StartsWith("Tempo")).ToList();
        Assert.NotEmpty(tempo);
        Assert.All(tempo, s => Assert.InRange(s.Pace!.Value.Fast.SecondsPerKilometer, 240 / 1.05, 240 / 0.95));
        Assert.All(tempo, s => Assert.InRange(s.Pace!.Value.Slow.SecondsPerKilometer, 240 / 1.05, 240 / 0.95));
        var easy = plan.Sessions.Where(s => s.Type is SessionType.Easy or SessionType.Long).SelectMany(s => s.Steps).ToList();
        Assert.All(easy, s => Assert.Equal("z2", s.ZoneId));
        Assert.All(easy, s => Assert.InRange(s.Pace!.Value.Fast.SecondsPerKilometer, 240 / 0.87, 300.0));
        Assert.All(easy, s => Assert.InRange(s.Pace!.Value.Slow.SecondsPerKilometer, 240 / 0.87, 300.0));
        Assert.All(steps.Where(s => s.Pace is not null), s => Assert.Equal(
            PaceZones.ZoneOf(PaceZones.FromThreshold(new Pace(240)), s.Pace!.Value.Mid).Id, s.ZoneId));
    }

    // VDOT 50 (science.md §1.3): E 4:56–5:34, T 4:15 /km; with threshold 4:15 the Daniels paces sit inside the zones.
    [Fact]
    public void Generate_VdotKnown_UsesDanielsPacesWithinZones()
    {
        var plan = SeasonPlanner.Generate(PlanRequests.For(10000, 12, thresholdSPerKm: 255, vdot: 50), PlanVariant.Moderate);
        var steps = plan.Sessions.SelectMany(s => StepTotals.Leaves(s.Steps)).Select(l => l.Step).ToList();

        var tempo = steps.First(s => s.Description.StartsWith("Tempo"));
        Assert.InRange(tempo.Pace!.Value.Mid.SecondsPerKilometer, 255 - 6, 255 + 6);
        var easy = plan.Sessions.First(s => s.Type == SessionType.Easy).Steps[0];
        Assert.InRange(easy.Pace!.Value.Fast.SecondsPerKilometer, 293, 300); // max(Daniels E fast ≈ 4:56, z2 band 255/0.865 = 4:54.8)
        Assert.InRange(easy.Pace!.Value.Slow.SecondsPerKilometer, 316, 318); // z2 band slow edge 255/0.805 = 5:16.8
    }

    [Fact]
    public void Generate_NineDayCycles_WorkoutEasyEasyRhythm()
    {
        var request = PlanRequests.For(21097.5, 18, cycleDays: 9, raceDayOffset: 9 * 14 - 1);
        var plan = SeasonPlanner.Generate(request, PlanVariant.Moderate);

        Assert.All(plan.Microcycles.SkipLast(2), m => Assert.Equal(9, m.LengthDays));
        Assert.Equal(request.GoalRace.Date, plan.Sessions.Single(s => s.Type == SessionType.Race).Date);
        foreach (var cycle in plan.Microcycles.Where(m => m.Phase is Phase.Build or Phase.Sharpen && !m.Recovery))
        {
            var workouts = Enumerable.Range(0, 9).Where(i => cycle.Days[i].Hard || cycle.Days[i].Type == SessionType.Long).ToList();
            Assert.True(workouts.Count >= 2, $"#{cycle.Index}: {workouts.Count} workouts");
            Assert.All(workouts, i => Assert.Equal(workouts[0] % 3, i % 3)); // every third day: workout, easy, easy
        }
    }

    [Fact]
    public void GenerateAll_ThreeVariants_DifferInPeakVolumeAndQuality()
    {
        var plans = SeasonPlanner.GenerateAll(PlanRequests.For(42195, 20));

        Assert.Equal([PlanVariant.Conservative, PlanVariant.Moderate, PlanVariant.Aggressive], plans.Select(p => p.Variant));
        Assert.True(plans[0].PeakCycleDistanceM < plans[1].PeakCycleDistanceM, $"{plans[0].PeakCycleDistanceM} vs {plans[1].PeakCycleDistanceM}");
        Assert.True(plans[1].PeakCycleDistanceM < plans[2].PeakCycleDistanceM, $"{plans[1].PeakCycleDistanceM} vs {plans[2].PeakCycleDistanceM}");
        int MaxBuildQuality(SeasonPlan p) => p.Microcycles.Where(m => m.Phase == Phase.Build).Max(m => m.HardSessions);
        // Quality by type: the marathon-pace session is quality work though it sits in Seiler's moderate band (not "hard").
        int MaxSharpenQuality(SeasonPlan p) => p.Microcycles.Where(m => m.Phase == Phase.Sharpen).Max(m => m.Days.Count(d => d.Type.IsHard()));
        Assert.Equal(1, MaxBuildQuality(plans[0]));
        Assert.Equal(2, MaxBuildQuality(plans[1]));
        Assert.Equal(3, MaxSharpenQuality(plans[2]));
        // Peak over the current 40 km/week within the published marathon plans' 1.4–2.0 × for 40–65 km a week, at the variant's position.
        Assert.All(plans, p => Assert.True(p.PeakCycleDistanceM <= 40_000 * (1.4 + 0.6 * p.Settings.EnvelopePosition) * 1.01 + 1,
            $"{p.Variant}: {p.PeakCycleDistanceM}"));
    }

    [Fact]
    public void Generate_SameRequest_IdenticalPlan()
    {
        var request = PlanRequests.For(21097.5, 16, strength: true);
        var first = SeasonPlanner.Generate(request, PlanVariant.Aggressive);
        var second = SeasonPlanner.Generate(request, PlanVariant.Aggressive);

        Assert.Equal(Describe(first), Describe(second));
        Assert.Equal(first.Projection.Days.Select(d => (d.Date, d.Load, d.Acwr)), second.Projection.Days.Select(d => (d.Date, d.Load, d.Acwr)));
    }

    [Fact]
    public void Generate_AvailableAndClearDays_SessionsOnlyThere()
    {
        DayOfWeek[] available = [DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Saturday, DayOfWeek.Sunday, DayOfWeek.Wednesday];
        var request = PlanRequests.For(10000, 12, available: available, clear: [DayOfWeek.Wednesday], strength: true);
        var plan = SeasonPlanner.Generate(request, PlanVariant.Moderate);

        Assert.All(plan.Sessions.Where(s => s.Type is not (SessionType.Rest or SessionType.Race)),
            s => Assert.Contains(s.Date.DayOfWeek, new[] { DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Saturday, DayOfWeek.Sunday }));
        Assert.Contains(plan.Sessions, s => s.Type == SessionType.Strength && s.Exercises.Count > 0);
    }

    [Fact]
    public void Generate_BAndCRaces_MiniTaperAndTrainedThrough()
    {
        var b = new RaceEntry(PlanRequests.Start.AddDays(8 * 7 - 1), "Tune-up 10K", new Distance(10000), RacePriority.B);
        var c = new RaceEntry(PlanRequests.Start.AddDays(5 * 7 - 2), "Parkrun", new Distance(5000), RacePriority.C);
        var request = PlanRequests.For(21097.5, 14, others: [b, c]);
        var plan = SeasonPlanner.Generate(request, PlanVariant.Moderate);
        var byDate = plan.Sessions.ToDictionary(s => s.Date);

        Assert.Equal(SessionType.Race, byDate[b.Date].Type);
        Assert.Equal(SessionType.Race, byDate[c.Date].Type);
        for (var back = 1; back <= 3; back++) Assert.False(byDate[b.Date.AddDays(-back)].Hard);
        Assert.All(Enumerable.Range(1, 3), back => Assert.NotEqual(SessionType.Long, byDate[b.Date.AddDays(-back)].Type));
        Assert.True(byDate[c.Date.AddDays(-1)].DurationS <= 1800);
        Assert.Empty(PlanValidator.Validate(plan, request));
    }

    [Fact]
    public void Generate_Comeback_RunWalkFirstAndNoIntensityEarly()
    {
        var request = PlanRequests.For(10000, 12, RunnerType.Comeback, weeklyM: 25_000);
        var plan = SeasonPlanner.Generate(request, PlanVariant.Moderate);

        Assert.All(plan.Microcycles.Take(2).SelectMany(m => m.Days).Where(d => d.Type.IsRunning()), d => Assert.Equal(SessionType.RunWalk, d.Type));
        Assert.All(plan.Microcycles.Take(3), m => Assert.Equal(0, m.HardSessions));
        Assert.Contains("walk", plan.Microcycles[0].Days.First(d => d.Type == SessionType.RunWalk).Steps[0].Description);
    }

    [Fact]
    public void Generate_RaceSpecificPercentages_StatesGoalPacePercentInSharpen()
    {
        var request = PlanRequests.For(10000, 12, target: new Duration(45 * 60), percentages: true);
        var plan = SeasonPlanner.Generate(request, PlanVariant.Moderate);
        var goalPace = 45 * 60 / 10.0; // 270 s/km

        var racePace = plan.Microcycles.Where(m => m.Phase is Phase.Sharpen or Phase.Taper).SelectMany(m => m.Days)
            .SelectMany(s => StepTotals.Leaves(s.Steps)).Select(l => l.Step).Where(s => s.Description.Contains("% of goal race pace")).ToList();
        Assert.NotEmpty(racePace);
        var exact = racePace.First(s => s.Description.Contains("100 %"));
        Assert.InRange(exact.Pace!.Value.Mid.SecondsPerKilometer, goalPace - 1, goalPace + 1);
    }

    [Fact]
    public void Generate_NoAvailableDay_ClearError()
    {
        var request = PlanRequests.For(10000, 12, available: [DayOfWeek.Monday], clear: [DayOfWeek.Monday]);
        var error = Assert.Throws<ArgumentException>(() => SeasonPlanner.Generate(request, PlanVariant.Moderate));
        Assert.Contains("available_days", error.Message);
    }

    [Theory]
    [InlineData(5000)]
    [InlineData(21097.5)]
    [InlineData(42195)]
    [InlineData(80000)]
    public void Generate_TypicalRequest_PassesTheValidator(double raceM)
    {
        var request = PlanRequests.For(raceM, 16);
        foreach (var plan in SeasonPlanner.GenerateAll(request)) Assert.Empty(PlanValidator.Validate(plan, request));
    }

    private static List<string> Describe(SeasonPlan plan) =>
        plan.Sessions.Select(s => $"{s.Date} {s.Type} {s.DistanceM} {s.DurationS} {string.Join("|", s.Steps.Select(x => x.Description))}").ToList();
}
