using FsCheck;
using FsCheck.Fluent;
using HybridCoach.Domain.Activities;
using HybridCoach.Domain.Units;
using Xunit;

namespace HybridCoach.Domain.Tests.Activities;

/// <summary>Invariants over generated runs: 200–3,000 one-second samples at 0–7 m/s.</summary>
public class ActivityPropertyTests
{
    private static readonly Arbitrary<double[]> Speeds = Gen.Choose(200, 3000)
        .SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 700).Select(cm => cm / 100.0), n))
        .ToArbitrary();

    [Fact]
    public void Splits_AnyRun_AddUpToTheTotalDistanceAndTime()
    {
        Check.QuickThrowOnFailure(Prop.ForAll(Speeds, speeds =>
        {
            var timeline = SampleTimeline.From(TestSeries.FromSpeeds(speeds));
            return new[] { DistanceUnit.Kilometers, DistanceUnit.Miles }.All(unit =>
            {
                var splits = SplitCalculator.Compute(timeline, unit);
                var distanceOk = Math.Abs(splits.Sum(s => s.Distance.Meters) - timeline.TotalDistanceM) < 1e-6;
                var timeOk = Math.Abs(splits.Sum(s => s.Time.Seconds) - timeline.DurationS) < 1e-6;
                return distanceOk && timeOk;
            });
        }));
    }

    [Fact]
    public void BestEfforts_AnyRun_LongerDistancesNeverTakeLessTime()
    {
        Check.QuickThrowOnFailure(Prop.ForAll(Speeds, speeds =>
        {
            var efforts = BestEffortFinder.FindAll(SampleTimeline.From(TestSeries.FromSpeeds(speeds)));
            return efforts.Zip(efforts.Skip(1)).All(pair => pair.Second.Time.Seconds >= pair.First.Time.Seconds - 1e-9);
        }));
    }

    // The best effort is no slower than any window that starts on a sample (a brute-force check).
    [Fact]
    public void BestEfforts_AnyRun_AreNoSlowerThanAnyWindowStartingOnASample()
    {
        Check.QuickThrowOnFailure(Prop.ForAll(Speeds, speeds =>
        {
            var timeline = SampleTimeline.From(TestSeries.FromSpeeds(speeds));
            var d = timeline.DistancesM!;
            if (d[^1] < 400) return true;
            var best = BestEffortFinder.Find(timeline.TimesS, d, 400)!.Value.TimeS;
            for (var i = 0; i < d.Length && d[i] + 400 <= d[^1]; i++)
            {
                var end = SeriesInterpolation.At(d, timeline.TimesS, d[i] + 400);
                if (end - timeline.TimesS[i] < best - 1e-6) return false;
            }
            return true;
        }));
    }
}
