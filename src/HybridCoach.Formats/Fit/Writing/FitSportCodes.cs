using HybridCoach.Domain.Activities;

namespace HybridCoach.Formats.Fit.Writing;

/// <summary>Our <see cref="Sport"/> as the profile's sport and sub_sport enum values (FIT profile, Types sheet).</summary>
public static class FitSportCodes
{
    public static (byte Sport, byte SubSport) For(Sport sport) => sport switch
    {
        Sport.Running => (1, 0),           // running, generic
        Sport.TrailRunning => (1, 3),      // running, trail
        Sport.TreadmillRunning => (1, 1),  // running, treadmill
        Sport.Walking => (11, 0),          // walking
        Sport.Hiking => (17, 0),           // hiking
        Sport.Cycling => (2, 7),           // cycling, road
        Sport.Swimming => (5, 0),          // swimming
        Sport.Rowing => (15, 0),           // rowing
        Sport.Strength => (10, 20),        // training, strength_training
        Sport.CrossTraining => (10, 0),    // training
        Sport.Multisport => (18, 0),       // multisport
        _ => (0, 0),                       // generic
    };

    /// <summary>Running kinds store cadence in strides per minute (FIT profile, record.cadence: rpm).</summary>
    public static bool IsRunning(Sport sport) => sport is Sport.Running or Sport.TrailRunning or Sport.TreadmillRunning;
}
