using HybridCoach.Domain.Performance;

namespace HybridCoach.Domain.Load;

/// <summary>
/// Maps our pace and heart-rate zones onto Seiler's three bands (<see cref="IntensityBand"/>), by each zone's
/// lower bound as a fraction of threshold, so it works for any zones built by <see cref="PaceZones"/> and
/// <see cref="HeartRateZones"/>.
/// <para>Heart rate (Friel's zones, % of LTHR): easy = zones 1–2 (&lt; 90 % LTHR), moderate = zones 3–4
/// (90–99 %), hard = zones 5a–5c (≥ 100 %). Friel places the aerobic threshold (≈ VT1) at the top of zone 2
/// and LTHR is the second threshold, so the band edges are the two thresholds (Friel, "Quick guide to setting
/// zones", 2009; science.md §11.3).</para>
/// <para>Pace (Skiba's zones, % of threshold speed): easy = zones 1–2 (&lt; 87 %), moderate = zone 3
/// (87–95 %), hard = zones 4–6 (≥ 95 %). Skiba's zone 2 "Endurance" is the aerobic zone below VT1 and zone 3
/// "Tempo" the band between the thresholds (GoldenCheetah PaceZones.cpp; science.md §11.1). The pace zones have
/// no edge at 100 %, so the whole threshold zone 4 (95–105 %) counts as hard: its pace is threshold pace
/// within GPS and terrain noise.</para>
/// </summary>
public static class IntensityBands
{
    /// <summary>Pace zones whose lower bound is below this fraction of threshold speed are easy.</summary>
    public const double PaceModerateFromFraction = 0.87;

    /// <summary>Pace zones from this fraction of threshold speed up are hard.</summary>
    public const double PaceHardFromFraction = 0.95;

    /// <summary>Heart-rate zones whose lower bound is below this fraction of LTHR are easy.</summary>
    public const double HeartRateModerateFromFraction = 0.90;

    /// <summary>Heart-rate zones from this fraction of LTHR up are hard.</summary>
    public const double HeartRateHardFromFraction = 1.00;

    // A small tolerance so that 0.87 computed from a list of doubles still compares equal.
    private const double Tolerance = 1e-9;

    public static IntensityBand Of(PaceZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return Classify(zone.LowerFraction, PaceModerateFromFraction, PaceHardFromFraction);
    }

    public static IntensityBand Of(HeartRateZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return Classify(zone.LowerFraction, HeartRateModerateFromFraction, HeartRateHardFromFraction);
    }

    private static IntensityBand Classify(double lowerFraction, double moderateFrom, double hardFrom) =>
        lowerFraction >= hardFrom - Tolerance ? IntensityBand.Hard
        : lowerFraction >= moderateFrom - Tolerance ? IntensityBand.Moderate
        : IntensityBand.Easy;
}
