using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Performance;

/// <summary>
/// A threshold pace with the evidence behind it: the method, the efforts used, and the VDOT or the
/// critical-speed fit they gave, as of <see cref="AsOf"/> looking back to <see cref="WindowStart"/>.
/// </summary>
public sealed record ThresholdPaceEstimate(
    Pace ThresholdPace,
    ThresholdMethod Method,
    IReadOnlyList<DatedEffort> Evidence,
    double? Vdot,
    CriticalSpeedFit? CriticalSpeedFit,
    DateOnly AsOf,
    DateOnly WindowStart)
{
    /// <summary>One line for people, e.g. "daniels_t_pace: VDOT 51.9 from 10.00 km in 40:00 on 2024-03-10 (a1)".</summary>
    public string Explain()
    {
        var efforts = string.Join("; ", Evidence.Select(e =>
            $"{e.Distance} in {e.Time} on {e.Date:yyyy-MM-dd} ({e.SourceId})"));
        return Method == ThresholdMethod.DanielsThresholdPace
            ? $"{Method.Id()}: VDOT {Vdot:0.0} from {efforts}"
            : $"{Method.Id()}: CS {CriticalSpeedFit!.CriticalPace}, D′ {CriticalSpeedFit.DPrime.Meters:0} m from {efforts}";
    }
}
