namespace HybridCoach.Domain.Planning.Envelope;

/// <summary>
/// The runner's starting weekly volume, in the three bands the published plans are written for: low (under 40 km,
/// about 25 mi — Higdon's novice and Hansons' beginner entry), mid (40–65 km — Higdon's intermediate, Pfitzinger's
/// 18/55), high (65 km and more — Pfitzinger's 18/70 and up). 65 km (≈ 40 mi) is also where Daniels lowers the
/// long run's share of the week from 30 % to 25 %.
/// </summary>
public enum VolumeLevel
{
    Low,
    Mid,
    High,
}

public static class VolumeLevels
{
    public const double MidFromWeeklyM = 40_000;
    public const double HighFromWeeklyM = 65_000;

    public static VolumeLevel For(double weeklyM) => weeklyM switch
    {
        < MidFromWeeklyM => VolumeLevel.Low,
        < HighFromWeeklyM => VolumeLevel.Mid,
        _ => VolumeLevel.High,
    };

    public static string Id(this VolumeLevel level) => level.ToString().ToLowerInvariant();

    public static string Words(this VolumeLevel level) => level switch
    {
        VolumeLevel.Low => "under 40 km a week",
        VolumeLevel.Mid => "40–65 km a week",
        _ => "65 km a week or more",
    };
}
