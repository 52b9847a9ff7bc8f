using HybridCoach.Domain.Activities;

namespace HybridCoach.Formats.Fit.Reading;

/// <summary>
/// Maps the FIT sport / sub_sport enums (FIT Profile, Types sheet) to HybridCoach's <see cref="Sport"/>.
/// </summary>
public static class FitSportMapping
{
    public static Sport ToSport(long? sport, long? subSport) => (sport, subSport) switch
    {
        (1, 1 or 45) => Sport.TreadmillRunning,     // running + treadmill / indoor_running
        (1, 3) => Sport.TrailRunning,               // running + trail
        (1, _) => Sport.Running,
        (2 or 21, _) => Sport.Cycling,              // cycling, e_biking
        (11, _) => Sport.Walking,
        (17 or 16, _) => Sport.Hiking,              // hiking, mountaineering
        (5, _) => Sport.Swimming,
        (15, _) => Sport.Rowing,
        (4, 14) => Sport.Rowing,                    // fitness_equipment + indoor_rowing
        (4 or 10, 20) => Sport.Strength,            // strength_training
        (4 or 10, _) => Sport.CrossTraining,        // fitness_equipment, training
        (18, _) => Sport.Multisport,
        _ => Sport.Other,
    };
}
