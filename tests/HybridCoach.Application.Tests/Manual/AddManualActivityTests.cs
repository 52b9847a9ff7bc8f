using HybridCoach.Application.Import;
using HybridCoach.Application.Manual;
using HybridCoach.Application.Tests.Fakes;
using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Units;
using Xunit;

namespace HybridCoach.Application.Tests.Manual;

public sealed class AddManualActivityTests
{
    private readonly InMemoryActivityStore _store = new();

    private static ManualActivityEntry TenK(string? name = "Park run") => new(
        new DateOnly(2024, 5, 1), Distance.FromKilometers(10), new Duration(3000), Sport.Running,
        new TimeOnly(6, 45), new HeartRate(148), rpe: 5, name: name, utcOffset: TimeSpan.FromHours(2));

    [Fact]
    public async Task AddAsync_Entry_StoresManualActivityWithItsValues()
    {
        var result = await new AddManualActivity(_store).AddAsync(TenK());

        Assert.Equal(ImportStatus.Imported, result.Status);
        var activity = Assert.Single(_store.Activities);
        var summary = activity.Summary;
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 6, 45, 0, TimeSpan.FromHours(2)), summary.StartTime);
        Assert.Equal(TimeSpan.FromHours(2), summary.StartTime.Offset);
        Assert.Equal(10_000, summary.Distance.Meters);
        Assert.Equal(3000, summary.TimerTime.Seconds);
        Assert.Equal(3000, summary.ElapsedTime.Seconds);
        Assert.Equal(10_000 / 3000.0, summary.AverageSpeed!.Value.MetersPerSecond, 9); // 5:00 /km
        Assert.Equal(148, summary.AverageHeartRate!.Value.BeatsPerMinute);
        Assert.Equal(5, summary.Rpe);
        Assert.Equal("Park run", summary.Name);
        Assert.Equal("manual", activity.Source.Format);
        Assert.Equal(0, activity.Samples.Count);
    }

    [Fact]
    public async Task AddAsync_SameEntryTwice_SecondIsDuplicateBySameContent()
    {
        var add = new AddManualActivity(_store);
        await add.AddAsync(TenK());

        var again = await add.AddAsync(TenK());

        Assert.Equal(ImportStatus.Duplicate, again.Status);
        Assert.Equal("duplicate of #1 (same content)", again.Reason);
        Assert.Single(_store.Activities);
    }

    [Fact]
    public async Task AddAsync_SameRunRenamed_DuplicateBySameStartAndDistance()
    {
        var add = new AddManualActivity(_store);
        await add.AddAsync(TenK());

        var renamed = await add.AddAsync(TenK("Another name"));

        Assert.Equal("duplicate of #1 (same start and distance)", renamed.Reason);
    }

    [Fact]
    public void Build_NoStartTime_StartsAtLocalNoon()
    {
        var entry = new ManualActivityEntry(new DateOnly(2024, 5, 1), Distance.FromKilometers(5), new Duration(1500));

        Assert.Equal(new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero), ManualActivityFactory.Build(entry).Summary.StartTime);
    }

    [Fact]
    public void Canonical_Entry_FixedText()
    {
        Assert.Equal("manual-v1|2024-05-01T06:45:00+02:00|run|10000.00|3000.000|148.0|5|Park run", ManualActivityFactory.Canonical(TenK()));
    }
}
