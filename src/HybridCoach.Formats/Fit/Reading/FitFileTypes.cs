namespace HybridCoach.Formats.Fit.Reading;

/// <summary>snake_case names of the FIT Profile "file" enum (file_id.type).</summary>
public static class FitFileTypes
{
    public const long Activity = 4;

    public static string Name(long? type) => type switch
    {
        null => "unknown",
        1 => "device",
        2 => "settings",
        3 => "sport",
        4 => "activity",
        5 => "workout",
        6 => "course",
        7 => "schedules",
        9 => "weight",
        10 => "totals",
        11 => "goals",
        14 => "blood_pressure",
        15 => "monitoring_a",
        20 => "activity_summary",
        28 => "monitoring_daily",
        32 => "monitoring_b",
        34 => "segment",
        35 => "segment_list",
        40 => "exd_configuration",
        _ => "type " + type,
    };
}
