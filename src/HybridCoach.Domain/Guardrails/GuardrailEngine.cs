namespace HybridCoach.Domain.Guardrails;

/// <summary>
/// Evaluates every guardrail on a snapshot and returns exactly one recommendation: the most protective call
/// among those that fired (<see cref="RecommendationPrecedence"/>), PROCEED when none fired. Pure: no clock, no
/// randomness, and the snapshot is put in canonical order first, so the order of its lists never matters.
/// </summary>
public sealed class GuardrailEngine(IReadOnlyList<IGuardrail> guardrails)
{
    /// <summary>Changes whenever a guardrail's logic changes, so a replay can tell logic changes from threshold changes.</summary>
    public const string Version = "guardrails/1.1";

    public static GuardrailEngine Default { get; } = new(GuardrailCatalog.All);

    public IReadOnlyList<IGuardrail> Guardrails { get; } = Distinct(guardrails);

    public Decision Decide(DecisionSnapshot snapshot, GuardrailSettings settings)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(settings);
        var canonical = snapshot.Canonical();
        var outcomes = new GuardrailOutcome[Guardrails.Count];
        for (var i = 0; i < outcomes.Length; i++) outcomes[i] = Guardrails[i].Evaluate(canonical, settings);
        var recommendation = RecommendationPrecedence.Combine(outcomes.Where(o => o.Fired).Select(o => o.AsksFor));
        return new Decision(snapshot.Date, recommendation, outcomes, DecidedBy(outcomes, recommendation), settings.Hash, Version);
    }

    /// <summary>The fired guardrails behind the call (both halves of a combined RECOVERY_RUN).</summary>
    private static string[] DecidedBy(GuardrailOutcome[] outcomes, Recommendation recommendation)
    {
        var combined = recommendation == Recommendation.RecoveryRun && !outcomes.Any(o => o.Fired && o.AsksFor == Recommendation.RecoveryRun);
        return [.. outcomes.Where(o => o.Fired && (o.AsksFor == recommendation
            || combined && o.AsksFor is Recommendation.ReduceIntensity or Recommendation.ReduceVolume)).Select(o => o.Id)];
    }

    private static IReadOnlyList<IGuardrail> Distinct(IReadOnlyList<IGuardrail> guardrails)
    {
        ArgumentNullException.ThrowIfNull(guardrails);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var guardrail in guardrails)
        {
            if (!ids.Add(guardrail.Id)) throw new ArgumentException($"guardrail {guardrail.Id}: registered twice", nameof(guardrails));
        }
        return [.. guardrails];
    }
}
