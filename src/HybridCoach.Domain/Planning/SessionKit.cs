using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Planning;

/// <summary>
/// What every session builder needs: the step maker (paces from the athlete's zones), the goal race distance
/// and pace (target time ÷ distance, or the VDOT-predicted time), the current VDOT, and whether final-phase work
/// is stated as % of goal race pace.
/// </summary>
public sealed record SessionKit(StepMaker Steps, double GoalDistanceM, Pace GoalPace, double CurrentVdot, bool RaceSpecificPercentages)
{
    /// <summary>Warm-up and cool-down of quality sessions: 15 and 10 min (Daniels' usual 10–20 min of E running before quality).</summary>
    public double WarmUpS { get; init; } = 15 * 60;
    public double CoolDownS { get; init; } = 10 * 60;

    public static PlannedSession Make(DateOnly date, SessionType type, IReadOnlyList<SessionStep> steps, string? zone, string purpose,
        IReadOnlyList<StrengthExercise>? exercises = null, double? durationOverrideS = null)
    {
        var (distance, duration) = StepTotals.Of(steps);
        var runningDistance = type.IsRunning() ? Math.Round(distance) : 0;
        return new PlannedSession(date, type, runningDistance, Math.Round(durationOverrideS ?? duration), steps, zone, purpose, exercises ?? []);
    }
}
