using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Units;
using HybridCoach.Storage.Sqlite;
using Xunit;

namespace HybridCoach.Storage.Tests;

public sealed class SqliteAthleteStoreTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private static AthleteProfile Ana(params Injury[] injuries) => new(
        "Ana Ruiz", 1990, Sex.Female, 58.5, 190, 48, 172, 270, 5, injuries,
        [DayOfWeek.Sunday, DayOfWeek.Monday, DayOfWeek.Thursday], DayOfWeek.Sunday, [DayOfWeek.Friday], DistanceUnit.Miles);

    private static RecoverySignals Day(DateOnly date, int soreness, params (string Site, int Value)[] sites) => new(
        date, 50, 62.5, 7.5, 4, soreness, sites.ToDictionary(s => s.Site, s => s.Value), true, "calf", Illness.BelowNeck, 2, 4, "tired");

    [Fact]
    public async Task GetProfile_NothingSaved_IsNull()
    {
        using var store = SqliteAthleteStore.Open(_db.Path);

        Assert.Null(await store.GetProfileAsync());
    }

    [Fact]
    public async Task SaveProfile_ThenGet_RoundTripsEveryField()
    {
        var injury = new Injury("calf", BodySide.Left, new DateOnly(2025, 3, 1), 6, "strain");
        using (var store = SqliteAthleteStore.Open(_db.Path)) await store.SaveProfileAsync(Ana(injury));

        using var reopened = SqliteAthleteStore.Open(_db.Path);
        var profile = await reopened.GetProfileAsync();

        Assert.NotNull(profile);
        Assert.Equal(("Ana Ruiz", 1990, Sex.Female, 58.5), (profile.Name, profile.BirthYear, profile.Sex, profile.WeightKg));
        Assert.Equal((190, 48, 172), (profile.MaxHrBpm, profile.RestingHrBpm, profile.LthrBpm));
        Assert.Equal(270, profile.ThresholdPaceSPerKm);
        Assert.Equal(5, profile.TrainingAgeYears);
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Thursday, DayOfWeek.Sunday], profile.AvailableDays);
        Assert.Equal(DayOfWeek.Sunday, profile.LongRunDay);
        Assert.Equal([DayOfWeek.Friday], profile.ClearDays);
        Assert.Equal(DistanceUnit.Miles, profile.Units);
        Assert.Equal(injury, Assert.Single(profile.Injuries));
    }

    [Fact]
    public async Task SaveProfile_Twice_KeepsOneProfileWithTheNewInjuryList()
    {
        using var store = SqliteAthleteStore.Open(_db.Path);
        await store.SaveProfileAsync(Ana(new Injury("calf", BodySide.Left, new DateOnly(2025, 3, 1), 6, null)));
        await store.SaveProfileAsync(Ana());

        var profile = await store.GetProfileAsync();

        Assert.Empty(profile!.Injuries);
    }

    [Fact]
    public async Task SaveSignals_SameDateTwice_ReplacesTheDayAndItsSites()
    {
        using var store = SqliteAthleteStore.Open(_db.Path);
        var date = new DateOnly(2026, 11, 20);
        await store.SaveSignalsAsync(Day(date, 3, ("calf", 5), ("knee", 2)));
        await store.SaveSignalsAsync(Day(date, 1, ("hamstring", 4)));

        var day = Assert.Single(await store.ListSignalsAsync(date, date));

        Assert.Equal(1, day.Soreness);
        Assert.Equal(new Dictionary<string, int> { ["hamstring"] = 4 }, day.SorenessBySite);
        Assert.Equal((50, 62.5, 7.5, 4), (day.RestingHrBpm, day.HrvRmssdMs, day.SleepHours, day.SleepQuality));
        Assert.Equal((true, "calf", Illness.BelowNeck), (day.Pain, day.PainSite, day.Illness));
        Assert.Equal((2, 4, "tired"), (day.LifeStress, day.Motivation, day.Note));
    }

    [Fact]
    public async Task ListSignals_Range_IsInclusiveAndOldestFirst()
    {
        using var store = SqliteAthleteStore.Open(_db.Path);
        foreach (var d in new[] { 22, 18, 19, 21, 20 }) await store.SaveSignalsAsync(Day(new DateOnly(2026, 11, d), d - 18, ("calf", d - 18)));

        var days = await store.ListSignalsAsync(new DateOnly(2026, 11, 19), new DateOnly(2026, 11, 21));

        Assert.Equal([19, 20, 21], days.Select(d => d.Date.Day));
        Assert.Equal([1, 2, 3], days.Select(d => d.SorenessBySite["calf"]));
    }

    [Fact]
    public async Task SetActivityRpe_StoredActivity_ShowsInTheActivityStore()
    {
        long id;
        using (var activities = SqliteActivityStore.Open(_db.Path)) id = await activities.AddAsync(TestActivities.Simple("rpe"));
        using (var store = SqliteAthleteStore.Open(_db.Path))
        {
            Assert.True(await store.SetActivityRpeAsync(id, 7));
            Assert.False(await store.SetActivityRpeAsync(id + 1, 7));
        }

        using var reopened = SqliteActivityStore.Open(_db.Path);
        Assert.Equal(7, (await reopened.GetAsync(id))!.Summary.Rpe);
    }
}
