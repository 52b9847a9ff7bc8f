using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Planning.Envelope;

/// <summary>
/// The references' rule for the long run, which replaces a fixed share of the week:
/// <list type="bullet">
/// <item>Daniels (<i>Daniels' Running Formula</i>, 3rd ed., ch. 4): the long easy run at most 30 % of the week below
/// about 40 mi (65 km) a week, 25 % above (never less than 30 % of 65 km, so the limit never falls as the week grows),
/// and at most 150 minutes.</item>
/// <item>The marathon and half-marathon plans for runners on low volume go further: Higdon's novice plans put up to
/// half of the peak week into the long run (20 mi of ≈ 40 mi). So for those races the long run may be up to
/// <see cref="HigdonPeakShare"/> of the week, but no longer than the longest run the published plans for that race
/// and level prescribe (<see cref="ReferenceEnvelope.PeakLongRunM"/>).</item>
/// <item>What the runner already does stays allowed: a long run no longer than their longest run of the last 4–6
/// weeks (the plan never starts them below it without a reason).</item>
/// <item>Duration: 150 min (Daniels) for every race but the marathon, where the variant's ceiling applies —
/// 150 / 165 / 180 min, the last being Hansons' "3 hours at most" (<i>Hansons Marathon Method</i>, ch. 4).</item>
/// </list>
/// Shares are of the microcycle's running per 7 days, the long run included.
/// </summary>
public static class LongRunLimit
{
    public const double DanielsShare = 0.30;
    public const double DanielsHighVolumeShare = 0.25;
    public const double DanielsCeilingS = 150 * 60;
    public const double HigdonPeakShare = 0.50;

    /// <summary>The factor that turns a microcycle's running into running per 7 days: 7 ÷ its days when longer than a week, else 1.</summary>
    public static double WeekScale(int cycleDays) => cycleDays > 7 ? 7.0 / cycleDays : 1;

    /// <summary>Daniels' share for a week of <paramref name="weekM"/>.</summary>
    public static double DanielsShareFor(double weekM) => weekM < VolumeLevels.HighFromWeeklyM ? DanielsShare : DanielsHighVolumeShare;

    /// <summary>
    /// Daniels' limit in metres: 30 % of the week below 65 km, 25 % above — but never less than 30 % of 65 km, so the
    /// limit does not fall as the week grows past the boundary.
    /// </summary>
    public static double DanielsM(double weekM) =>
        Math.Max(DanielsShareFor(weekM) * weekM, Math.Min(weekM, VolumeLevels.HighFromWeeklyM) * DanielsShare);

    /// <summary>The longest a long run may be in a week of <paramref name="weekM"/> (running per 7 days, the long run included).</summary>
    public static double MaxM(double weekM, PlanRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        weekM = Math.Max(0, weekM);
        return Math.Max(Math.Max(DanielsM(weekM), HabitM(request)), RaceExceptionM(weekM, request));
    }

    /// <summary>The runner's longest run of the last 4–6 weeks (0 when unknown).</summary>
    public static double HabitM(PlanRequest request) =>
        double.IsFinite(request.Fitness.LongestRunM) ? Math.Max(0, request.Fitness.LongestRunM) : 0;

    private static double RaceExceptionM(double weekM, PlanRequest request)
    {
        var envelope = ReferenceEnvelopes.For(request);
        return envelope.Distance is RaceDistanceClass.Half or RaceDistanceClass.Marathon
            ? Math.Min(HigdonPeakShare * weekM, envelope.PeakLongRunM.Max) : 0;
    }

    /// <summary>The long run's duration ceiling: the variant's for the marathon, Daniels' 150 min otherwise.</summary>
    public static double CeilingS(PlanRequest request, VariantSettings settings)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(settings);
        return RaceDistanceClasses.For(request.GoalRace.Distance.Meters) == RaceDistanceClass.Marathon ? settings.LongRunMaxDurationS : DanielsCeilingS;
    }

    /// <summary>The distance the duration ceiling allows at <paramref name="easyPace"/>, less <see cref="CeilingMargin"/> for rounding.</summary>
    public static double CeilingM(PlanRequest request, VariantSettings settings, Pace easyPace) =>
        CeilingS(request, settings) * CeilingMargin / easyPace.SecondsPerKilometer * 1000;

    /// <summary>The ceiling's distance is kept 3 % short: steps are rounded, and the easy pace band's middle is an estimate.</summary>
    public const double CeilingMargin = 0.97;

    /// <summary>
    /// The longest long run, at most <paramref name="longM"/>, that the rule allows beside <paramref name="otherM"/> of
    /// other running, where the week is (other + long) × <paramref name="weekScale"/> (7 ÷ days for a longer cycle).
    /// The rule only loosens as the week grows, so the answer is found by bisection; 1 % is kept back for rounding,
    /// except from the runner's own longest run, which is always allowed.
    /// </summary>
    public static double LargestWithin(double longM, double otherM, double weekScale, PlanRequest request)
    {
        if (longM <= 0) return 0;
        // The runner's own longest run is allowed as it is (no margin): the plan never starts them below it.
        var habitM = HabitM(request);
        if (longM <= habitM || longM <= MaxM((otherM + longM) * weekScale, request) * RoundingMargin) return longM;
        double low = 0, high = longM;
        for (var i = 0; i < 40; i++)
        {
            var mid = (low + high) / 2;
            if (mid <= MaxM((otherM + mid) * weekScale, request) * RoundingMargin) low = mid; else high = mid;
        }
        return Math.Max(low, habitM);
    }

    private const double RoundingMargin = 0.99;
}
