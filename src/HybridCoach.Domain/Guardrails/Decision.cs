namespace HybridCoach.Domain.Guardrails;

/// <summary>
/// The engine's call for one day: the recommendation, every guardrail's outcome (in catalogue order), the ids of
/// the fired guardrails whose call won, the hash of the settings used and the engine version.
/// </summary>
public sealed record Decision(
    DateOnly Date,
    Recommendation Recommendation,
    IReadOnlyList<GuardrailOutcome> Outcomes,
    IReadOnlyList<string> DecidedBy,
    string SettingsHash,
    string EngineVersion)
{
    public IEnumerable<GuardrailOutcome> Fired => Outcomes.Where(o => o.Fired);

    /// <summary>The fired guardrails whose call won (<see cref="DecidedBy"/>), in catalogue order.</summary>
    public IEnumerable<GuardrailOutcome> Deciding => Fired.Where(o => DecidedBy.Contains(o.Id));
}
