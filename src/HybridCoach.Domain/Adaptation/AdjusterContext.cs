using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Adaptation;

/// <summary>
/// What <see cref="SessionAdjuster"/> needs besides the session: the athlete's threshold pace and VDOT (for the
/// <see cref="PaceBook"/> the replacement's paces come from), the other sessions of the plan around the day (to
/// keep hard days apart), the sites in the athlete's injury history, and the unit paces are written in.
/// </summary>
public sealed record AdjusterContext(Pace ThresholdPace, double? Vdot, IReadOnlyList<PlannedSession> Neighbours,
    IReadOnlyList<string> InjurySites, DistanceUnit Units = DistanceUnit.Kilometers)
{
    public IReadOnlyList<PlannedSession> Neighbours { get; } = Neighbours ?? throw new ArgumentException("neighbours: must not be null");

    public IReadOnlyList<string> InjurySites { get; } =
        [.. (InjurySites ?? throw new ArgumentException("injury_sites: must not be null")).Select(s => s.Trim().ToLowerInvariant()).Where(s => s.Length > 0)];

    /// <summary>True when the day before or after <paramref name="date"/> holds a hard session.</summary>
    public bool NextToHardDay(DateOnly date) =>
        Neighbours.Any(s => s.Hard && Math.Abs(s.Date.DayNumber - date.DayNumber) == 1);
}
