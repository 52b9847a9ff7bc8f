namespace HybridCoach.Formats.Fit.Reading;

/// <summary>snake_case names of the FIT Profile "sport" and "sub_sport" enums (FIT Profile, Types sheet).</summary>
public static class FitSportNames
{
    private static readonly string[] Sports =
    [
        "generic", "running", "cycling", "transition", "fitness_equipment", "swimming", "basketball", "soccer",
        "tennis", "american_football", "training", "walking", "cross_country_skiing", "alpine_skiing",
        "snowboarding", "rowing", "mountaineering", "hiking", "multisport", "paddling", "flying", "e_biking",
        "motorcycling", "boating", "driving", "golf", "hang_gliding", "horseback_riding", "hunting", "fishing",
        "inline_skating", "rock_climbing", "sailing", "ice_skating", "sky_diving", "snowshoeing", "snowmobiling",
        "stand_up_paddleboarding", "surfing", "wakeboarding", "water_skiing", "kayaking", "rafting", "windsurfing",
        "kitesurfing", "tactical", "jumpmaster", "boxing", "floor_climbing", "baseball", "", "", "", "diving",
    ];

    private static readonly string[] SubSports =
    [
        "generic", "treadmill", "street", "trail", "track", "spin", "indoor_cycling", "road", "mountain", "downhill",
        "recumbent", "cyclocross", "hand_cycling", "track_cycling", "indoor_rowing", "elliptical", "stair_climbing",
        "lap_swimming", "open_water", "flexibility_training", "strength_training", "warm_up", "match", "exercise",
        "challenge", "indoor_skiing", "cardio_training", "indoor_walking", "e_bike_fitness", "bmx", "casual_walking",
        "speed_walking", "bike_to_run_transition", "run_to_bike_transition", "swim_to_bike_transition", "atv",
        "motocross", "backcountry", "resort", "rc_drone", "wingsuit", "whitewater", "skate_skiing", "yoga",
        "pilates", "indoor_running", "gravel_cycling", "e_bike_mountain", "commuting", "mixed_surface", "navigate",
        "track_me", "map", "single_gas_diving", "multi_gas_diving", "gauge_diving", "apnea_diving",
        "apnea_hunting", "virtual_activity", "obstacle",
    ];

    /// <summary>Extra sports numbered past the contiguous range (FIT Profile: snorkeling = 82).</summary>
    private const int Snorkeling = 82;

    public static string Sport(long value) => value switch
    {
        >= 0 and < 54 when Sports[value].Length > 0 => Sports[value],
        Snorkeling => "snorkeling",
        _ => "sport_" + value,
    };

    public static string SubSport(long value) =>
        value >= 0 && value < SubSports.Length ? SubSports[value] : "sub_sport_" + value;
}
