using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Performance;

/// <summary>
/// The athlete's own threshold pace set beside the one their history gives (<see cref="ThresholdEstimate"/>), when
/// the two differ by more than <see cref="MaxDifferencePct"/> in speed. Every zone, planned pace and the meaning of
/// "hard" hang on threshold pace, so a stale or mistyped one moves them all; the warning names both paces, the
/// difference and the efforts behind the estimate, and leaves the choice to the athlete or coach.
/// </summary>
public sealed record ThresholdDisagreement(Pace ProfilePace, ThresholdPaceEstimate Estimate, double DifferencePct)
{
    /// <summary>
    /// 5 % of threshold speed: half the width of the threshold zone in Skiba's run zones (95–105 %, science.md §11 /
    /// <see cref="PaceZones"/>). A larger error moves efforts across a zone boundary. A product rule built on that table.
    /// </summary>
    public const double MaxDifferencePct = 5;

    /// <summary>The disagreement, or null when the estimate is missing or within <see cref="MaxDifferencePct"/>.</summary>
    public static ThresholdDisagreement? Between(Pace profilePace, ThresholdPaceEstimate? estimate)
    {
        if (estimate is null) return null;
        var profileSpeed = 1 / profilePace.SecondsPerKilometer;
        var estimateSpeed = 1 / estimate.ThresholdPace.SecondsPerKilometer;
        var differencePct = (profileSpeed - estimateSpeed) / estimateSpeed * 100;
        return Math.Abs(differencePct) > MaxDifferencePct ? new ThresholdDisagreement(profilePace, estimate, differencePct) : null;
    }

    /// <summary>
    /// "threshold pace 4:00/km in the profile is 12.5 % faster than the history's estimate 4:30/km (daniels_t_pace: …);
    /// zones, planned paces and what counts as hard use 4:00/km — update it with `coach athlete set --threshold-pace` if the history is right".
    /// </summary>
    public string Message(DistanceUnit units) =>
        $"threshold pace {ProfilePace.ToString(units)} in the profile is {Math.Abs(DifferencePct):0.0} % {(DifferencePct > 0 ? "faster" : "slower")} " +
        $"than the history's estimate {Estimate.ThresholdPace.ToString(units)} ({Estimate.Explain()}); zones, planned paces and what counts as hard " +
        $"use {ProfilePace.ToString(units)} — update it with `coach athlete set --threshold-pace` if the history is right";
}
