namespace HybridCoach.Domain.Restrictions;

/// <summary>
/// Evidence of harm that stays in force from <see cref="Since"/> until the coach clears it: the alert's id in the
/// coach's inbox (<c>eN</c>), its kind, the body site for pain (null when none was named) and the alert's summary.
/// </summary>
public sealed record OpenFlag(string AlertId, OpenFlagKind Kind, DateOnly Since, string? Site, string Summary)
{
    public bool InForceOn(DateOnly date) => date >= Since;
}
