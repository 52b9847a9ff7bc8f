using HybridCoach.Application.Decisions.Records;
using HybridCoach.Domain.Guardrails;

namespace HybridCoach.Application.Decisions;

/// <summary>
/// The `coach today` use case: builds the snapshot for a day, resolves the athlete's settings, lets the
/// deterministic engine decide, writes the template narrative and appends the audit record (its time from the
/// injected clock — the domain has none). Every call appends a new record, even for a day decided before.
/// </summary>
public sealed class DecideToday(DecisionSnapshotBuilder snapshots, GuardrailSettingsResolver settingsResolver,
    IDecisionAuditStore audit, TimeProvider clock)
{
    public async Task<DecisionResult> DecideAsync(DateOnly date, CancellationToken cancellationToken = default)
    {
        var snapshot = await snapshots.BuildAsync(date, cancellationToken);
        var settings = await settingsResolver.ResolveAsync(cancellationToken);
        var decision = GuardrailEngine.Default.Decide(snapshot, settings);
        var narrative = TemplateNarrative.Compose(decision);
        var record = new DecisionAuditRecord(0, date, clock.GetUtcNow(), decision.Recommendation.ToId(), decision.EngineVersion,
            decision.SettingsHash, DecisionJson.Settings(settings), DecisionJson.Snapshot(snapshot), DecisionJson.Outcomes(decision.Outcomes),
            narrative, TemplateNarrative.Source);
        var id = await audit.AppendAsync(record, cancellationToken);
        return new DecisionResult(decision, snapshot, settings, narrative, TemplateNarrative.Source, id);
    }
}
