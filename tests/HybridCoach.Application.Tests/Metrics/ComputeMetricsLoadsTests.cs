using HybridCoach.Application.Manual;
using HybridCoach.Application.Metrics;
using HybridCoach.Application.Tests.Fakes;
using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Load;
using HybridCoach.Domain.Units;
using Xunit;

namespace HybridCoach.Application.Tests.Metrics;

/// <summary>ComputeMetrics reads per-activity loads from the load store under the profile's inputs key.</summary>
public class ComputeMetricsLoadsTests
{
    private static readonly DateOnly AsOf = new(2026, 10, 28);
    private static readonly LoadProfile NoLthr = LoadProfile.Empty;
    private static readonly LoadProfile Lthr160 = LoadProfile.Empty with { LactateThresholdHeartRate = new HeartRate(160) };

    // A 60-minute ride at 150 bpm average, so only HR stress can give it an rss.
    private static async Task<InMemoryActivityStore> OneRideAsync()
    {
        var store = new InMemoryActivityStore();
        await store.AddAsync(ManualActivityFactory.Build(new ManualActivityEntry(AsOf, Distance.FromKilometers(30), new Duration(3600),
            Sport.Cycling, averageHeartRate: new HeartRate(150))));
        return store;
    }

    private static async Task<double> LoadOnAsOfAsync(InMemoryActivityStore store, IActivityLoadStore loads, LoadProfile profile)
    {
        var report = await new ComputeMetrics(store, loads).ComputeAsync(new MetricsRequest(profile, AsOf));
        return report.Days.Single(d => d.Day == AsOf).Load;
    }

    // HR stress (science.md §6 approximation): 1 h × (150/160)² × 100 = 87.890625; without LTHR the series is duration, 60.
    [Fact]
    public async Task Compute_LthrSetAfterAFirstRun_StoresUnderANewKeyAndTheFiguresChange()
    {
        var store = await OneRideAsync();
        var loads = new InMemoryActivityLoadStore();

        var before = await LoadOnAsOfAsync(store, loads, NoLthr);
        var after = await LoadOnAsOfAsync(store, loads, Lthr160);

        Assert.Equal(60, before, 9);
        Assert.Equal(87.890625, after, 9);
        Assert.Equal([LoadInputsKey.Of(NoLthr), LoadInputsKey.Of(Lthr160)], loads.Keys.ToArray());
        Assert.Equal(2, loads.PutActivityCount);
        var rss = loads.Rows[(LoadInputsKey.Of(Lthr160), 1)].Single(l => l.Measure == LoadMeasure.RunningStress);
        Assert.Equal(HeartRateStress.Id, rss.Value!.FormulaId);
    }

    [Fact]
    public async Task Compute_SameProfileAgain_ReadsTheStoredLoadsWithoutRecomputing()
    {
        var store = await OneRideAsync();
        var loads = new InMemoryActivityLoadStore();
        await LoadOnAsOfAsync(store, loads, Lthr160);
        // Replace the stored rss to show that the second run reads it rather than computing it again.
        var key = (LoadInputsKey.Of(Lthr160), 1L);
        loads.Rows[key] = [.. loads.Rows[key].Where(l => l.Measure != LoadMeasure.RunningStress),
            MeasuredLoad.Available(new LoadValue(LoadMeasure.RunningStress, 42, HeartRateStress.Id, "stored"))];

        var again = await LoadOnAsOfAsync(store, loads, Lthr160);

        Assert.Equal(42, again, 9);
        Assert.Equal(1, loads.PutActivityCount);
    }

    [Fact]
    public async Task Compute_NoThresholdPaceAndNoBestEfforts_SaysNone()
    {
        var store = await OneRideAsync();

        var report = await new ComputeMetrics(store).ComputeAsync(new MetricsRequest(NoLthr, AsOf));

        Assert.Equal(ThresholdPaceSource.None, report.ThresholdPaceSource);
        Assert.Null(report.ThresholdPace);
    }

    // Daniels' VDOT table (science.md §1.3): 5 km in 19:57 is VDOT 50, whose T pace is 4:15/km.
    [Fact]
    public async Task Compute_NoThresholdPaceInProfile_UsesTheEstimateFromBestEffortsAndSaysSo()
    {
        var store = new InMemoryActivityStore();
        var run = ManualActivityFactory.Build(new ManualActivityEntry(AsOf.AddDays(-10), Distance.FromKilometers(5), new Duration(1197)));
        await store.AddAsync(run with { BestEfforts = [new BestEffort("5k", Distance.FromKilometers(5), new Duration(1197), new Duration(0))] });

        var report = await new ComputeMetrics(store).ComputeAsync(new MetricsRequest(NoLthr, AsOf));
        var given = await new ComputeMetrics(store).ComputeAsync(new MetricsRequest(NoLthr with { ThresholdPace = new Pace(240) }, AsOf));

        Assert.Equal(ThresholdPaceSource.Estimated, report.ThresholdPaceSource);
        Assert.InRange(report.ThresholdPace!.Value.SecondsPerKilometer, 254, 256);
        Assert.Equal(LoadMeasure.RunningStress, report.Measure);
        Assert.Equal(ThresholdPaceSource.Profile, given.ThresholdPaceSource);
        Assert.Equal(240, given.ThresholdPace!.Value.SecondsPerKilometer);
    }
}
