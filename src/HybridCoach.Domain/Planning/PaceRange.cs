using HybridCoach.Domain.Units;

namespace HybridCoach.Domain.Planning;

/// <summary>An exact target pace band: <see cref="Fast"/> (the quicker bound) to <see cref="Slow"/>.</summary>
public readonly record struct PaceRange(Pace Fast, Pace Slow)
{
    public Pace Fast { get; } = Fast.SecondsPerKilometer > 0 && Fast.SecondsPerKilometer <= Slow.SecondsPerKilometer ? Fast
        : throw new ArgumentException(FormattableString.Invariant($"pace range {Fast.SecondsPerKilometer:0.#}–{Slow.SecondsPerKilometer:0.#} s/km: the fast bound must be positive and not slower than the slow bound"));

    public Pace Mid => new((Fast.SecondsPerKilometer + Slow.SecondsPerKilometer) / 2);

    public bool Contains(Pace pace) => pace.SecondsPerKilometer >= Fast.SecondsPerKilometer && pace.SecondsPerKilometer <= Slow.SecondsPerKilometer;

    public string ToString(DistanceUnit unit) => $"{Fast.ToString(unit)}–{Slow.ToString(unit)}";
}
