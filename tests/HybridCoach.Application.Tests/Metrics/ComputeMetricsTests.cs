using HybridCoach.Application.Manual;
using HybridCoach.Application.Metrics;
using HybridCoach.Application.Tests.Fakes;
using HybridCoach.Domain.Load;
using HybridCoach.Domain.Units;
using Xunit;

namespace HybridCoach.Application.Tests.Metrics;

public class ComputeMetricsTests
{
    private static readonly DateOnly AsOf = new(2026, 10, 28);

    private static async Task AddAsync(InMemoryActivityStore store, DateOnly date, int hour, double offsetHours, double minutes) =>
        await store.AddAsync(ManualActivityFactory.Build(new ManualActivityEntry(date, Distance.FromKilometers(5), new Duration(minutes * 60),
            startTime: new TimeOnly(hour, 30), utcOffset: TimeSpan.FromHours(offsetHours))));

    private static Task<MetricsReport> ComputeAsync(InMemoryActivityStore store, DateOnly? from = null) =>
        new ComputeMetrics(store).ComputeAsync(new MetricsRequest(LoadProfile.Empty, AsOf, from, null, LoadMeasure.Duration));

    // Days are local dates at each recording's own offset, whatever the UTC instant.
    [Fact]
    public async Task Compute_ActivitiesAtExtremeOffsets_CountOnTheirLocalDate()
    {
        var store = new InMemoryActivityStore();
        await AddAsync(store, AsOf, 23, -12, 40);              // 29th 11:30 UTC, but the 28th locally: counted
        await AddAsync(store, AsOf.AddDays(1), 0, 14, 90);     // 28th 10:30 UTC, but the 29th locally: after as-of
        await AddAsync(store, AsOf.AddDays(-1), 0, 14, 20);    // 26th 10:30 UTC, the 27th locally

        var report = await ComputeAsync(store);

        Assert.Equal(2, report.ActivityCount);
        Assert.Equal(40, report.Days.Single(d => d.Day == AsOf).Load, 9);
        Assert.Equal(20, report.Days.Single(d => d.Day == AsOf.AddDays(-1)).Load, 9);
        Assert.Equal(0, report.Days.Single(d => d.Day == AsOf.AddDays(-2)).Load, 9);
    }

    [Fact]
    public async Task Compute_NoRange_Shows28DaysEndingOnTheAsOfDate()
    {
        var store = new InMemoryActivityStore();
        await AddAsync(store, AsOf.AddDays(-40), 8, 1, 30);

        var report = await ComputeAsync(store);

        Assert.Equal(28, report.Days.Count);
        Assert.Equal(AsOf.AddDays(-27), report.Days[0].Day);
        Assert.Equal(AsOf, report.Days[^1].Day);
        Assert.Equal("duration (asked for)", report.MeasureReason);
    }

    [Fact]
    public async Task Compute_RangeEndingBeforeItStarts_ThrowsNamingBothDays()
    {
        var store = new InMemoryActivityStore();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => new ComputeMetrics(store).ComputeAsync(
            new MetricsRequest(LoadProfile.Empty, AsOf, AsOf, AsOf.AddDays(-1))));

        Assert.StartsWith("the range ends (2026-10-27) before it starts (2026-10-28)", error.Message, StringComparison.Ordinal);
    }
}
