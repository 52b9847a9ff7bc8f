namespace HybridCoach.Domain.Activities;

public static class SportExtensions
{
    /// <summary>True for the sports that count as running load.</summary>
    public static bool IsRun(this Sport sport) =>
        sport is Sport.Running or Sport.TrailRunning or Sport.TreadmillRunning;

    /// <summary>Stable snake_case id used in JSON, storage and the CLI.</summary>
    public static string ToId(this Sport sport) => sport switch
    {
        Sport.Running => "run",
        Sport.TrailRunning => "trail_run",
        Sport.TreadmillRunning => "treadmill_run",
        Sport.Walking => "walk",
        Sport.Hiking => "hike",
        Sport.Cycling => "ride",
        Sport.Swimming => "swim",
        Sport.Rowing => "row",
        Sport.Strength => "strength",
        Sport.CrossTraining => "cross_training",
        Sport.Multisport => "multisport",
        _ => "other",
    };

    /// <summary>Parses an id from <see cref="ToId"/> or a common spelling ("running", "Run", "bike").</summary>
    public static Sport? ParseSport(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var key = text.Trim().ToLowerInvariant().Replace(' ', '_').Replace('-', '_');
        return key switch
        {
            "run" or "running" or "road_run" or "virtual_run" or "virtualrun" => Sport.Running,
            "trail_run" or "trail_running" or "trailrun" => Sport.TrailRunning,
            "treadmill_run" or "treadmill" or "treadmill_running" or "indoor_running" => Sport.TreadmillRunning,
            "walk" or "walking" => Sport.Walking,
            "hike" or "hiking" => Sport.Hiking,
            "ride" or "cycling" or "bike" or "biking" or "virtual_ride" or "virtualride" or "e_bike_ride" => Sport.Cycling,
            "swim" or "swimming" => Sport.Swimming,
            "row" or "rowing" => Sport.Rowing,
            "strength" or "weight_training" or "weighttraining" or "training" => Sport.Strength,
            "cross_training" or "crosstraining" or "elliptical" or "workout" or "fitness_equipment" => Sport.CrossTraining,
            "multisport" or "triathlon" => Sport.Multisport,
            "other" => Sport.Other,
            _ => null,
        };
    }
}
