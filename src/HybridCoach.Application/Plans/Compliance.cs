namespace HybridCoach.Application.Plans;

/// <summary>
/// How a day's training matched the plan, by distance, in the colours coaches know from TrainingPeaks' compliance
/// (TrainingPeaks Help, "Workout compliance colors"): within 20 % of plan green, within 50 % yellow, beyond that
/// orange, a planned session with nothing done red. Rest days and days still ahead have no colour.
/// </summary>
public enum Compliance
{
    None,
    Upcoming,
    Completed,
    Close,
    Off,
    Missed,
    Unplanned,
}
