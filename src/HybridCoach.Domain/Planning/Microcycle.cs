namespace HybridCoach.Domain.Planning;

/// <summary>
/// One microcycle (7 days by default, 7 to 14 supported): its index from 1, phase, first day, focus, whether it
/// is a recovery microcycle, and one planned session per day. <paramref name="Reduced"/>: an adaptation deliberately
/// lowered its running (a niggle, fatigue, a travel week), so it does not set the growth base (<c>cycle_growth</c>).
/// </summary>
public sealed record Microcycle(int Index, Phase Phase, DateOnly Start, string Focus, bool Recovery, IReadOnlyList<PlannedSession> Days,
    bool Reduced = false)
{
    public int LengthDays => Days.Count;
    public DateOnly End => Start.AddDays(Days.Count - 1);
    public double PlannedDistanceM => Days.Sum(d => d.DistanceM);
    public double PlannedDurationS => Days.Sum(d => d.DurationS);
    public int HardSessions => Days.Count(d => d.Hard);
}
