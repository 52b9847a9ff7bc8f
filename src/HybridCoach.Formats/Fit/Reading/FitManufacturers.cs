namespace HybridCoach.Formats.Fit.Reading;

/// <summary>Names of common FIT "manufacturer" enum values (FIT Profile, Types sheet).</summary>
public static class FitManufacturers
{
    public static string Name(long id) => id switch
    {
        1 => "Garmin",
        13 => "Dynastream OEM",
        15 => "Dynastream",
        23 => "Suunto",
        32 => "Wahoo Fitness",
        70 => "Sigma Sport",
        95 => "Stryd",
        123 => "Polar Electro",
        255 => "Development",
        260 => "Zwift",
        265 => "Strava",
        267 => "Bryton",
        289 => "Hammerhead",
        294 => "Coros",
        _ => "manufacturer " + id,
    };
}
