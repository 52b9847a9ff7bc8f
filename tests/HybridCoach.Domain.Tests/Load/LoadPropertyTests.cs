using FsCheck;
using FsCheck.Fluent;
using HybridCoach.Domain.Load;
using Xunit;

namespace HybridCoach.Domain.Tests.Load;

/// <summary>Invariants of the daily series over generated histories of 30–200 days of 0–300 load.</summary>
public class LoadPropertyTests
{
    private static readonly Arbitrary<double[]> Histories = Gen.Choose(30, 200)
        .SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 300).Select(x => (double)x), n))
        .ToArbitrary();

    private static readonly Arbitrary<(int Load, int Days)> ConstantLoads =
        Gen.Choose(1, 500).SelectMany(load => Gen.Choose(28, 120).Select(days => (load, days))).ToArbitrary();

    [Fact]
    public void Compute_ConstantDailyLoad_GivesRatiosOfOneAfterWarmUp()
    {
        Prop.ForAll(ConstantLoads, c =>
        {
            var loads = Enumerable.Repeat((double)c.Load, c.Days).ToArray();
            var metrics = DailyMetricsCalculator.Compute(LoadTestData.Dated(loads), LoadTestData.Day0,
                LoadTestData.Day0.AddDays(c.Days - 1), LoadTestData.Day0.AddDays(c.Days - 1));
            return metrics.Skip(27).All(m =>
                Math.Abs(m.AcwrCoupled!.Value - 1) < 1e-9 && Math.Abs(m.AcwrUncoupled!.Value - 1) < 1e-9
                && Math.Abs(m.AcwrEwma!.Value - 1) < 1e-9);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Compute_AddingLoadOnADay_NeverLowersAcuteLoad()
    {
        var withExtra = Histories.Generator.SelectMany(h => Gen.Choose(0, h.Length - 1)
            .SelectMany(day => Gen.Choose(1, 300).Select(extra => (h, day, extra)))).ToArbitrary();
        Prop.ForAll(withExtra, x =>
        {
            var last = LoadTestData.Day0.AddDays(x.h.Length - 1);
            var before = DailyMetricsCalculator.Compute(LoadTestData.Dated(x.h), LoadTestData.Day0, last, last);
            var more = LoadTestData.Dated(x.h);
            more.Add(DatedLoad.Run(LoadTestData.Day0.AddDays(x.day), x.extra));
            var after = DailyMetricsCalculator.Compute(more, LoadTestData.Day0, last, last);
            return before.Zip(after).All(p => p.Second.AcuteLoad >= p.First.AcuteLoad - 1e-9);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Compute_DataAfterAsOf_NeverChangesADaysMetrics()
    {
        var split = Histories.Generator.SelectMany(h => Gen.Choose(0, h.Length - 1).Select(asOf => (h, asOf))).ToArbitrary();
        Prop.ForAll(split, x =>
        {
            var asOf = LoadTestData.Day0.AddDays(x.asOf);
            var last = LoadTestData.Day0.AddDays(x.h.Length - 1);
            var known = LoadTestData.Dated(x.h[..(x.asOf + 1)]);
            var everything = LoadTestData.Dated(x.h);
            var first = DailyMetricsCalculator.Compute(known, LoadTestData.Day0, last, asOf);
            var later = DailyMetricsCalculator.Compute(everything, LoadTestData.Day0, last, asOf);
            return first.SequenceEqual(later);
        }).QuickCheckThrowOnFailure();
    }
}
