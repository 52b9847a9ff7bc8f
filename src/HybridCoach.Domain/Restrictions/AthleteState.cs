namespace HybridCoach.Domain.Restrictions;

/// <summary>
/// What is in force for an athlete, beyond the training record: evidence of harm the coach has not cleared
/// (<see cref="Flags"/>), the coach's holds (<see cref="Holds"/>) and the days the athlete said they cannot train
/// (<see cref="UnavailableDays"/>, from check-ins). The daily call, the day's session, exports and the narrations
/// all read this one record (see docs/athlete-state.md). Lists may come in any order; <see cref="Canonical"/> sorts them.
/// </summary>
public sealed record AthleteState(IReadOnlyList<OpenFlag> Flags, IReadOnlyList<CoachHold> Holds, IReadOnlyList<DateOnly> UnavailableDays)
{
    public static AthleteState None { get; } = new([], [], []);

    public IReadOnlyList<OpenFlag> Flags { get; } = Flags ?? throw new ArgumentException("flags: must not be null");
    public IReadOnlyList<CoachHold> Holds { get; } = Holds ?? throw new ArgumentException("holds: must not be null");
    public IReadOnlyList<DateOnly> UnavailableDays { get; } = [.. (UnavailableDays ?? throw new ArgumentException("unavailable_days: must not be null")).Distinct().Order()];

    public IEnumerable<OpenFlag> FlagsOn(DateOnly date, OpenFlagKind kind) => Flags.Where(f => f.Kind == kind && f.InForceOn(date));

    public IEnumerable<CoachHold> HoldsOn(DateOnly date) => Holds.Where(h => h.InForceOn(date));

    public bool Unavailable(DateOnly date) => UnavailableDays.Contains(date);

    public AthleteState Canonical() => new(
        [.. Flags.OrderBy(f => f.Since).ThenBy(f => f.AlertId, StringComparer.Ordinal)],
        [.. Holds.OrderBy(h => h.From).ThenBy(h => h.Id, StringComparer.Ordinal)],
        UnavailableDays);
}
