using HybridCoach.Application.Plans;
using HybridCoach.Application.Plans.Records;
using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Racing;
using HybridCoach.Domain.Units;
using Xunit;

namespace HybridCoach.Application.Tests.Plans;

public class GeneratePlansTests
{
    private static readonly DateOnly AsOf = PlanFixture.AsOf;
    private static readonly DateTimeOffset Now = new(2026, 5, 20, 19, 45, 0, TimeSpan.Zero);

    /// <summary>Six weeks of 8 + 10 + 16 km (34 km a week), a 5 km best effort in 19:57 (VDOT 50), a B 10K and the goal half marathon.</summary>
    private static async Task<PlanFixture> AthleteAsync()
    {
        var f = new PlanFixture { World = { Profile = PlanFixture.Profile() } };
        for (var week = 0; week < 6; week++)
        {
            await f.RunAsync(AsOf.AddDays(-7 * week - 1), 8, 40);
            await f.RunAsync(AsOf.AddDays(-7 * week - 2), 10, 50,
                week == 1 ? new BestEffort("5k", Distance.FromKilometers(5), new Duration(1197), new Duration(600)) : null);
            await f.RunAsync(AsOf.AddDays(-7 * week - 4), 16, 90);
        }
        await f.RaceAsync(new DateOnly(2026, 6, 28), "Tune-up 10K", 10, RacePriority.B);
        await f.RaceAsync(PlanFixture.HalfMarathonDay, "Goal half", 21.0975, RacePriority.A);
        return f;
    }

    [Fact]
    public async Task VariantChart_OneColumnPerVariant_TheProjectionRounded_ConservativeNeverAboveAggressive()
    {
        var f = await AthleteAsync();
        var set = await f.Generator(Now).GenerateAsync(new PlanOptions(AsOf));
        var compared = set.Variants.Select(v => VariantComparison.Of(v, set.Request, v.Variant == set.ActiveVariant)).ToList();

        var chart = VariantChartSeries.From(compared);

        Assert.Equal(["conservative", "moderate", "aggressive"], chart.Variants);
        Assert.Equal(compared[0].ProjectedDays.Count, chart.DayUnixS.Length);
        Assert.Equal(new DateTimeOffset(compared[0].ProjectedDays[0].Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeSeconds(), chart.DayUnixS[0]);
        Assert.All(chart.ChronicLoad, column => Assert.Equal(chart.DayUnixS.Length, column.Length));
        for (var v = 0; v < 3; v++)
            Assert.Equal(Math.Round(compared[v].FinalChronicLoad, 1), chart.ChronicLoad[v][^1]);
        Assert.True(chart.ChronicLoad[0][^1] <= chart.ChronicLoad[2][^1], $"{chart.ChronicLoad[0][^1]} > {chart.ChronicLoad[2][^1]}");
    }

    [Fact]
    public async Task Generate_ThreeVariantsValidatedAndStoredAsVersionOneWithModerateActive()
    {
        var f = await AthleteAsync();

        var set = await f.Generator(Now).GenerateAsync(new PlanOptions(AsOf));

        Assert.Equal(1, set.Version);
        Assert.Equal(Now, set.CreatedAtUtc);
        Assert.Equal(PlanVariant.Moderate, set.ActiveVariant);
        Assert.Equal([PlanVariant.Conservative, PlanVariant.Moderate, PlanVariant.Aggressive], set.Variants.Select(v => v.Variant));
        foreach (var variant in set.Variants)
        {
            Assert.Equal(PlanValidator.Validate(variant.Plan, set.Request), variant.Violations);
            Assert.Equal(SessionType.Race, variant.Plan.Sessions.Single(s => s.Date == PlanFixture.HalfMarathonDay).Type);
            Assert.All(variant.Plan.Sessions.Where(s => s.Date.DayOfWeek == DayOfWeek.Monday), s => Assert.Equal(SessionType.Rest, s.Type));
        }
        Assert.Equal(AsOf.AddDays(1), set.Active.Plan.Start);
    }

    [Fact]
    public async Task Generate_Twice_VersionsCountUpAndTheLatestIsRead()
    {
        var f = await AthleteAsync();

        var first = await f.Generator(Now).GenerateAsync(new PlanOptions(AsOf));
        var second = await f.Generator(Now.AddHours(1)).GenerateAsync(new PlanOptions(AsOf, Variant: PlanVariant.Aggressive));
        var latest = await ReadLatestPlan.RequireAsync(f.World);

        Assert.Equal((1L, 2L), (first.Version, second.Version));
        Assert.Equal(2, latest.Version);
        Assert.Equal(PlanVariant.Aggressive, latest.ActiveVariant);
        Assert.Equal(Now.AddHours(1), latest.CreatedAtUtc);
    }

    [Fact]
    public async Task StoredJson_RoundTrip_GivesTheSamePlansRequestAndViolations()
    {
        var f = await AthleteAsync();
        var set = await f.Generator(Now).GenerateAsync(new PlanOptions(AsOf, TargetTime: new Duration(5400), Strength: true,
            Equipment: [Equipment.Dumbbells, Equipment.ResistanceBand]));

        var stored = set.ToStored();
        var read = PlanSet.FromStored(stored);

        Assert.Equal(stored.RequestJson, PlanJson.Request(read.Request));
        Assert.Equal(stored.Variants.Select(v => v.PlanJson), read.Variants.Select(v => PlanJson.Plan(v.Plan)));
        Assert.Equal(set.Request.Fitness.HistoryLoads, read.Request.Fitness.HistoryLoads);
        Assert.Equal(set.Request.Equipment, read.Request.Equipment);
        Assert.Equal(5400, read.Request.TargetTime!.Value.Seconds);
        var original = set.Active.Plan;
        var copy = read.Active.Plan;
        Assert.Equal(original.Sessions.Select(s => (s.Date, s.Type, s.DistanceM, s.DurationS, s.ZoneId)),
            copy.Sessions.Select(s => (s.Date, s.Type, s.DistanceM, s.DurationS, s.ZoneId)));
        Assert.Equal(original.Sessions.SelectMany(s => s.Steps).Select(s => s.Pace), copy.Sessions.SelectMany(s => s.Steps).Select(s => s.Pace));
        Assert.Equal(original.Projection.Days, copy.Projection.Days);
        Assert.Equal(PlanValidator.Validate(original, set.Request), PlanValidator.Validate(copy, read.Request));
    }

    [Fact]
    public async Task PlannedSessionOn_ADayOfThePlan_IsTheActiveVariantsSession()
    {
        var f = await AthleteAsync();
        var set = await f.Generator(Now).GenerateAsync(new PlanOptions(AsOf));

        var race = await new PlannedSessionOn(f.World).FindAsync(PlanFixture.HalfMarathonDay);
        var before = await new PlannedSessionOn(f.World).FindAsync(AsOf);

        Assert.Equal(SessionType.Race, race!.Session.Type);
        Assert.Equal((1L, PlanVariant.Moderate, DistanceUnit.Kilometers), (race.Version, race.Variant, race.Units));
        Assert.Equal(21_097.5, race.Session.Steps.Sum(s => s.DistanceM ?? 0), 0);
        Assert.Null(before);
        Assert.NotEmpty(set.Active.Plan.Sessions);
    }

    [Fact]
    public async Task ValidatePlan_StoredPlan_ReportsEveryInvariantById()
    {
        var f = await AthleteAsync();
        var set = await f.Generator(Now).GenerateAsync(new PlanOptions(AsOf));

        var (_, variant, results) = await new ValidatePlan(f.World).ValidateAsync();

        Assert.Equal(PlanVariant.Moderate, variant);
        Assert.Equal(PlanValidator.InvariantIds, results.Select(r => r.InvariantId));
        Assert.Equal(set.Active.Violations.Count, results.Sum(r => r.Violations.Count));
    }

    [Fact]
    public async Task ShowPlan_NoPlanYet_SaysHowToMakeOne()
    {
        var error = await Assert.ThrowsAsync<Errors.NotFoundException>(() => new ShowPlan(new Fakes.InMemoryPlanWorld()).ShowAsync());

        Assert.Equal("no plan yet: generate one first", error.Message);
    }
}
