namespace HybridCoach.Formats.Xml;

/// <summary>Screens heart rates read from XML for the sentinel some exports write instead of leaving them out.</summary>
public static class HeartRateValue
{
    /// <summary>
    /// 255 is FIT's invalid value for a uint8 (0xFF, FIT protocol base type table) that Garmin's TCX
    /// exports copy through when no strap was paired: tcx/gtrnctr-lap_s.tcx (Forerunner 110) has 971
    /// HeartRateBpm values of 255. It and any value of 0 or less become missing (NaN).
    /// </summary>
    public const double InvalidBpm = 255;

    public static double OrNaN(double bpm) => bpm > 0 && bpm < InvalidBpm ? bpm : double.NaN;
}
