using FsCheck;
using FsCheck.Fluent;
using HybridCoach.Domain.Performance;
using HybridCoach.Domain.Units;
using Xunit;

namespace HybridCoach.Domain.Tests.Performance;

/// <summary>Invariants over generated VDOTs (30–85), threshold paces (2:00–15:00/km) and LTHRs (100–220 bpm).</summary>
public class PerformancePropertyTests
{
    private static readonly Arbitrary<double> Vdots = Gen.Choose(3000, 8500).Select(x => x / 100.0).ToArbitrary();
    private static readonly Arbitrary<double> ThresholdPacesS = Gen.Choose(1200, 9000).Select(x => x / 10.0).ToArbitrary();
    private static readonly Arbitrary<double> Lthrs = Gen.Choose(1000, 2200).Select(x => x / 10.0).ToArbitrary();

    [Fact]
    public void ForVdot_AnyVdot_LongerDistancesTakeLongerAtASlowerPace()
    {
        Check.QuickThrowOnFailure(Prop.ForAll(Vdots, vdot =>
        {
            var predictions = RacePredictor.ForVdot(vdot);
            return predictions.Zip(predictions.Skip(1)).All(p =>
                p.Second.Time > p.First.Time && p.Second.Pace.SecondsPerKilometer > p.First.Pace.SecondsPerKilometer);
        }));
    }

    [Fact]
    public void Predict_AnyVdotFiveK_BothMethodsAreMonotonicInDistance()
    {
        Check.QuickThrowOnFailure(Prop.ForAll(Vdots, vdot =>
        {
            var fiveK = Vdot.EquivalentTime(vdot, new Distance(5000));
            var all = RacePredictor.Predict(new Distance(5000), fiveK);
            return Enum.GetValues<PredictionMethod>().All(method =>
            {
                var byMethod = all.Where(p => p.Method == method).ToList();
                return byMethod.Zip(byMethod.Skip(1)).All(p =>
                    p.Second.Time > p.First.Time && p.Second.Pace.SecondsPerKilometer > p.First.Pace.SecondsPerKilometer);
            });
        }));
    }

    [Fact]
    public void EquivalentTime_AnyVdot_RoundTripsThroughFromPerformance()
    {
        Check.QuickThrowOnFailure(Prop.ForAll(Vdots, vdot => RaceDistance.Standard.All(race =>
            Math.Abs(Vdot.FromPerformance(race.Distance, Vdot.EquivalentTime(vdot, race.Distance)) - vdot) < 1e-4)));
    }

    [Fact]
    public void FromVdot_AnyVdot_PacesGetFasterFromEasyToRepetition()
    {
        Check.QuickThrowOnFailure(Prop.ForAll(Vdots, vdot =>
        {
            var p = TrainingPaces.FromVdot(vdot);
            double[] order = [p.EasySlow.SecondsPerKilometer, p.EasyFast.SecondsPerKilometer, p.Marathon.SecondsPerKilometer,
                p.Threshold.SecondsPerKilometer, p.Interval.SecondsPerKilometer, p.Repetition.SecondsPerKilometer];
            return order.Zip(order.Skip(1)).All(x => x.First > x.Second);
        }));
    }

    [Fact]
    public void PaceZones_AnyThreshold_AreContiguousOrderedAndCoverEveryPace()
    {
        Check.QuickThrowOnFailure(Prop.ForAll(ThresholdPacesS, seconds =>
        {
            var zones = PaceZones.FromThreshold(new Pace(seconds));
            var contiguous = zones.Zip(zones.Skip(1)).All(z =>
                z.First.FastestPace == z.Second.SlowestPace
                && z.Second.SlowestPace!.Value.SecondsPerKilometer < (z.First.SlowestPace?.SecondsPerKilometer ?? double.MaxValue));
            double[] probes = [seconds * 0.5, seconds * 0.9, seconds, seconds * 1.1, seconds * 1.3, seconds * 3];
            var covered = probes.All(s => zones.Count(z => z.Contains(new Pace(s))) == 1);
            return zones.Count == 6 && zones[0].SlowestPace is null && zones[^1].FastestPace is null && contiguous && covered;
        }));
    }

    [Fact]
    public void HeartRateZones_AnyLthr_AreContiguousOrderedAndCoverEveryHeartRate()
    {
        Check.QuickThrowOnFailure(Prop.ForAll(Lthrs, lthr =>
        {
            var zones = HeartRateZones.FromLactateThreshold(new HeartRate(lthr));
            var contiguous = zones.Zip(zones.Skip(1)).All(z =>
                z.First.Upper == z.Second.Lower
                && z.Second.Lower!.Value.BeatsPerMinute > (z.First.Lower?.BeatsPerMinute ?? 0));
            double[] probes = [lthr * 0.5, lthr * 0.87, lthr, lthr * 1.04, lthr * 1.2];
            var covered = probes.All(b => zones.Count(z => z.Contains(new HeartRate(b))) == 1);
            return zones.Count == 7 && contiguous && covered;
        }));
    }
}
