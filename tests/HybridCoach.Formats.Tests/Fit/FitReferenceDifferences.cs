namespace HybridCoach.Formats.Tests.Fit;

/// <summary>
/// Corpus files where @garmin/fitsdk 21.217.0 is not the oracle (SOURCES.md, "Where the SDK cannot be used
/// as the oracle"), each with the reason and the other expected file their tests use instead.
/// </summary>
public static class FitReferenceDifferences
{
    public static readonly IReadOnlyDictionary<string, string> SdkNotTheOracle = new Dictionary<string, string>
    {
        ["antfs-dump.63.fit"] = "fitsdk has no compressed-timestamp support and stops at byte 426; we decode all 686 records (fitdecode count in SOURCES.md, tormoder golden)",
        ["compressed-speed-distance.fit"] = "fitsdk has no compressed-timestamp support and stops at byte 936; checked against compressed-speed-distance.fit.records.csv",
        ["lezyne_super_gps-garmin_fit-sample-bad-endian.fit"] = "fitsdk stops at the first compressed timestamp (byte 22181); we decode further and stop at a data message at byte 23389 whose declared size runs past the end of the file",
        ["triathlon_summary_first.fit"] = "fitsdk throws a TypeError (0 records); checked against triathlon_summary_first.fit.fitcsv.csv.gz",
        ["triathlon_summary_last.fit"] = "fitsdk throws a TypeError (0 records); checked against triathlon_summary_last.fit.fitcsv.csv.gz",
    };

    /// <summary>
    /// Files whose first/last record heart rates come from merged hr messages and differ from fitsdk's merge by
    /// a beat or two: we give each record the latest strap beat at or before it; the SDK's plugin uses its own
    /// window rule. (GarminHRMswim.FIT, HrmPluginTestActivity.fit and sample_mulitple_header.fit agree.)
    /// </summary>
    public static readonly IReadOnlyDictionary<string, (double FirstSdk, double FirstOurs, double LastSdk, double LastOurs)> MergedHeartRate =
        new Dictionary<string, (double, double, double, double)> { ["event_timestamp.fit"] = (95, 93, 134, 132) };
}
