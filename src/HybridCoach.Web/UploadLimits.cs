namespace HybridCoach.Web;

/// <summary>How much one upload may carry: a whole Garmin or Strava export fits (they run to a few GiB at most for years of data).</summary>
public static class UploadLimits
{
    public const long MaxUploadBytes = 4L * 1024 * 1024 * 1024;
}
