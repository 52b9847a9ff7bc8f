using HybridCoach.Domain.Activities;

namespace HybridCoach.Domain.Guardrails;

/// <summary>
/// What the guardrails need to know about one past activity: its id, local date, sport, distance, timer time,
/// load in the snapshot's load measure, and whether it was a hard session (as classified by
/// <see cref="Load.HardSessionRule"/> when the snapshot was taken).
/// </summary>
public sealed record ActivityFact(long Id, DateOnly Date, Sport Sport, double DistanceM, double DurationS, double Load, bool Hard)
{
    public double DistanceM { get; } = double.IsFinite(DistanceM) && DistanceM >= 0 ? DistanceM
        : throw new ArgumentException(FormattableString.Invariant($"activity {Id} distance_m {DistanceM}: expected a finite value ≥ 0"));
    public double DurationS { get; } = double.IsFinite(DurationS) && DurationS >= 0 ? DurationS
        : throw new ArgumentException(FormattableString.Invariant($"activity {Id} duration_s {DurationS}: expected a finite value ≥ 0"));
    public double Load { get; } = double.IsFinite(Load) && Load >= 0 ? Load
        : throw new ArgumentException(FormattableString.Invariant($"activity {Id} load {Load}: expected a finite value ≥ 0"));

    public bool IsRun => Sport.IsRun();
}
