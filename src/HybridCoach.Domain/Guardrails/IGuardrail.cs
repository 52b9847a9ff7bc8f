namespace HybridCoach.Domain.Guardrails;

/// <summary>
/// One safety rule. Failure policy: <see cref="Evaluate"/> is pure and total — it never throws for any valid
/// snapshot; missing data gives <see cref="GuardrailOutcome.NotEvaluated"/>, never an exception or a guess. It
/// reads its thresholds only from the settings (whose defaults, with their sources, it declares in
/// <see cref="Settings"/>), so a replay with other settings shows exactly what a threshold change does.
/// It must not depend on the order of the snapshot's lists.
/// </summary>
public interface IGuardrail
{
    /// <summary>Stable snake_case id, used in JSON, audit records, overrides and docs.</summary>
    string Id { get; }

    /// <summary>The settings this guardrail reads, with defaults and cited sources.</summary>
    IReadOnlyList<GuardrailSetting> Settings { get; }

    GuardrailOutcome Evaluate(DecisionSnapshot snapshot, GuardrailSettings settings);
}
