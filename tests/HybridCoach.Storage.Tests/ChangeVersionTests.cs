using HybridCoach.Application.Activities;
using HybridCoach.Application.Athletes;
using HybridCoach.Storage.Sqlite;
using Xunit;

namespace HybridCoach.Storage.Tests;

/// <summary>
/// The store's change version (SQLite's data_version on a connection of its own): unchanged by reads, changed by every
/// commit of any other store over the file — what lets the web app answer a page again from memory only while nothing changed.
/// And the as-of listing with a limit: the short read gives exactly what the full read gives.
/// </summary>
public sealed class ChangeVersionTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Reads_LeaveTheVersion_EveryCommitChangesIt()
    {
        using var activities = SqliteActivityStore.Open(_db.Path);
        using var versions = SqliteChangeVersion.Open(_db.Path, TimeProvider.System);
        var first = await versions.ReadAsync();

        await activities.ListAsync(ActivityQuery.All);
        var afterRead = await versions.ReadAsync();
        await activities.AddAsync(TestActivities.Simple("a"));
        var afterAdd = await versions.ReadAsync();
        var again = await versions.ReadAsync();
        await activities.AddAsync(TestActivities.Simple("b", DateTimeOffset.UtcNow.AddDays(-1)));

        Assert.Equal(first, afterRead);
        Assert.NotEqual(afterRead, afterAdd);
        Assert.Equal(afterAdd, again);
        Assert.NotEqual(again, await versions.ReadAsync());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(40)]
    public async Task ListAsOf_WithALimit_SameAsTheFullRead(int limit)
    {
        using var activities = SqliteActivityStore.Open(_db.Path);
        var asOf = new DateOnly(2026, 3, 10);
        // Thirty days of runs, the newest ten after the as-of day (so the short read must skip them).
        for (var i = 0; i < 30; i++)
            await activities.AddAsync(TestActivities.Simple($"run-{i}", new DateTimeOffset(2026, 3, 20, 7, 0, 0, TimeSpan.Zero).AddDays(-i)));

        var limited = await activities.ListAsOfAsync(new ActivityQuery(Limit: limit), asOf);
        var full = (await activities.ListAsOfAsync(ActivityQuery.All, asOf)).Take(limit);

        Assert.Equal(full.Select(i => i.Id), limited.Select(i => i.Id));
        Assert.Equal(Math.Min(limit, 20), limited.Count);
        Assert.All(limited, i => Assert.True(ActivitiesAsOf.LocalDate(i.Summary) <= asOf));
    }
}
