using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Performance;

/// <summary>
/// Daniels' training paces (E range, M, T, I, R) for a VDOT, per km.
/// Approach (science.md §1.4): E, T and I run at a single %VO2max each, the values least-squares fitted to the
/// book's pace table by tlgs/vdot (<c>notebooks/2-analysis.ipynb</c>), turned into a speed with the exact
/// inverse of the oxygen-cost equation. M is the VDOT-equivalent marathon time / 42.195 km, and R is I minus
/// 15 s/km (VDOT ≥ 50) or 20 s/km (below), the same notebook's form of Daniels' "6-second rule"; both match the
/// table better than a fitted percentage. We chose this over GoldenCheetah's vVDOT × factor form because that
/// puts E 18–35 s/km slower than the book (science.md §1.5 factors, checked against §1.3).
/// Against the book's table (§1.3) this is within ±5 s/km for E, T and I, ±3 s/km for M at VDOT ≥ 40 and
/// within 1.5 s per R rep; at VDOT 30 the book's M pace (7:03/km) is 11 s/km slower than its own marathon time.
/// </summary>
public sealed record TrainingPaces(
    double Vdot, Pace EasySlow, Pace EasyFast, Pace Marathon, Pace Threshold, Pace Interval, Pace Repetition)
{
    public const string Id = "training_paces";

    /// <summary>Fitted fractions of VDOT (tlgs/vdot, science.md §1.4).</summary>
    public const double EasySlowFraction = 0.6304;
    public const double EasyFastFraction = 0.7346;
    public const double ThresholdFraction = 0.8799;
    public const double IntervalFraction = 0.9743;

    /// <summary>R = I − this many s/km; below <see cref="RepetitionOffsetBoundaryVdot"/> the larger offset applies.</summary>
    public const double RepetitionOffsetSPerKm = 15;
    public const double RepetitionOffsetLowVdotSPerKm = 20;
    public const double RepetitionOffsetBoundaryVdot = 50;

    public static TrainingPaces FromVdot(double vdot)
    {
        PerformanceGuard.PositiveNumber(vdot, nameof(vdot), " ml/kg/min");
        var interval = AtFraction(vdot, IntervalFraction);
        var offset = vdot >= RepetitionOffsetBoundaryVdot ? RepetitionOffsetSPerKm : RepetitionOffsetLowVdotSPerKm;
        var marathon = Performance.Vdot.EquivalentTime(vdot, RaceDistance.Marathon.Distance);
        return new TrainingPaces(
            vdot,
            EasySlow: AtFraction(vdot, EasySlowFraction),
            EasyFast: AtFraction(vdot, EasyFastFraction),
            Marathon: new Pace(marathon.Seconds / RaceDistance.Marathon.Distance.Kilometers),
            Threshold: AtFraction(vdot, ThresholdFraction),
            Interval: interval,
            Repetition: new Pace(interval.SecondsPerKilometer - offset));
    }

    /// <summary>The time of one repetition of <paramref name="rep"/> at <paramref name="pace"/> (e.g. I 400 m).</summary>
    public static Duration RepTime(Pace pace, Distance rep)
    {
        PerformanceGuard.PositivePace(pace, nameof(pace));
        PerformanceGuard.PositiveDistance(rep, nameof(rep));
        return new Duration(pace.SecondsPerKilometer * rep.Kilometers);
    }

    private static Pace AtFraction(double vdot, double fraction) =>
        RunningOxygenCost.SpeedAt(vdot * fraction).ToPace()!.Value;
}
