using HybridCoach.Application.Plans;
using HybridCoach.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Xunit;

namespace HybridCoach.Storage.Tests;

public class SqlitePlanStoreTests
{
    private static readonly DateTimeOffset At = new(2026, 5, 20, 19, 45, 30, 125, TimeSpan.Zero);

    private static StoredPlanVersion Plan(string active, DateTimeOffset at) => new(0, at, active, "{\"start\":\"2026-05-21\"}",
    [
        new StoredPlanVariant("conservative", "{\"microcycles\":[1]}", "[]"),
        new StoredPlanVariant("moderate", "{\"microcycles\":[2]}", "[{\"invariant_id\":\"acwr_ceiling\"}]"),
        new StoredPlanVariant("aggressive", "{\"microcycles\":[3]}", "[]"),
    ]);

    [Fact]
    public async Task Add_ThenGet_ReturnsEveryColumnAndVariantInOrder()
    {
        using var db = new TempDatabase();
        using var store = new SqlitePlanStore(db.Path);

        var version = await store.AddAsync(Plan("moderate", At));
        var read = await store.GetAsync(version);

        Assert.Equal(1, version);
        Assert.NotNull(read);
        Assert.Equal((1L, At, "moderate", "{\"start\":\"2026-05-21\"}"), (read.Version, read.CreatedAtUtc, read.ActiveVariant, read.RequestJson));
        Assert.Equal(Plan("moderate", At).Variants, read.Variants);
        Assert.Null(await store.GetAsync(2));
    }

    [Fact]
    public async Task Add_Twice_VersionsCountUpAndLatestIsTheNewest()
    {
        using var db = new TempDatabase();
        using var store = new SqlitePlanStore(db.Path);
        Assert.Null(await store.GetLatestAsync());

        await store.AddAsync(Plan("moderate", At));
        var second = await store.AddAsync(Plan("aggressive", At.AddMinutes(5)));
        var latest = await store.GetLatestAsync();

        Assert.Equal(2, second);
        Assert.Equal((2L, "aggressive", At.AddMinutes(5)), (latest!.Version, latest.ActiveVariant, latest.CreatedAtUtc));
        Assert.Equal("moderate", (await store.GetAsync(1))!.ActiveVariant);
    }

    [Fact]
    public async Task Add_UnknownVariantId_FailsAndStoresNothing()
    {
        using var db = new TempDatabase();
        using var store = new SqlitePlanStore(db.Path);

        await Assert.ThrowsAsync<SqliteException>(() => store.AddAsync(Plan("moderate", At) with
        {
            Variants = [new StoredPlanVariant("moderate", "{}", "[]"), new StoredPlanVariant("reckless", "{}", "[]")],
        }));

        Assert.Null(await store.GetLatestAsync());
    }
}
