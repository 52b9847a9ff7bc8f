namespace HybridCoach.Formats.Fit.Profile;

/// <summary>How a profile field's value is meant (FIT Profile "Type" column, reduced to what decoding needs).</summary>
public enum FitFieldKind
{
    Number,
    /// <summary>date_time: seconds since 1989-12-31T00:00:00Z (FIT Profile, "date_time").</summary>
    Date,
    /// <summary>local_date_time: the same epoch, in the device's local time.</summary>
    LocalDate,
    Choice,
    Text,
    /// <summary>Latitude/longitude in semicircles: degrees = s * 180 / 2^31 (FIT Profile).</summary>
    Semicircles,
}
