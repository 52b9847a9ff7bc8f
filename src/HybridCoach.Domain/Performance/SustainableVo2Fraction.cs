using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Performance;

/// <summary>
/// The fraction of VO2max a runner can sustain for a race lasting t minutes.
/// Source: Daniels &amp; Gilbert, <i>Oxygen Power</i> (1979); science.md §1.1:
/// F = 0.8 + 0.1894393·e^(−0.012778·t) + 0.2989558·e^(−0.1932605·t).
/// </summary>
public static class SustainableVo2Fraction
{
    public const string Id = "sustainable_vo2_fraction";

    public const double Floor = 0.8;
    public const double SlowTermAmplitude = 0.1894393;
    public const double SlowTermRatePerMin = 0.012778;
    public const double FastTermAmplitude = 0.2989558;
    public const double FastTermRatePerMin = 0.1932605;

    public static double For(Duration raceTime)
    {
        var t = raceTime.Minutes;
        return Floor
            + SlowTermAmplitude * Math.Exp(-SlowTermRatePerMin * t)
            + FastTermAmplitude * Math.Exp(-FastTermRatePerMin * t);
    }
}
