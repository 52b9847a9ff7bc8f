namespace HybridCoach.Domain.Oversight;

/// <summary>
/// A change the engine (or the athlete) proposes, as the oversight policy sees it: its category, the load change as
/// a signed fraction of the planned load it touches (−0.10 = 10 % less; null when it has none), whether it touches a
/// key workout (a hard session or the long run), a one-line summary, and for an <see cref="ChangeCategory.Adaptation"/>
/// the changes it is made of.
/// </summary>
public sealed record ProposedChange(ChangeCategory Category, double? LoadChangeFraction, bool KeyWorkout, string Summary,
    IReadOnlyList<ProposedChange>? Parts = null)
{
    public double? LoadChangeFraction { get; } = LoadChangeFraction is not { } f ? null
        : double.IsFinite(f) && f >= -1 ? f
        : throw new ArgumentException($"load_change_fraction {f}: expected a finite fraction of at least -1 (-1 = all the load removed)");

    public string Summary { get; } = string.IsNullOrWhiteSpace(Summary)
        ? throw new ArgumentException("summary: must not be empty") : Summary.Trim();

    public IReadOnlyList<ProposedChange> Parts { get; } = Parts ?? [];
}
