using HybridCoach.Application.Decisions.Records;
using HybridCoach.Domain.Guardrails;

namespace HybridCoach.Application.Decisions;

/// <summary>
/// The `coach replay ID` use case: reads an audit record, rebuilds its snapshot and lets today's engine decide it
/// again — with the settings in force now (default: what would change if the day were decided today), or with
/// the recorded values (a pure check that the engine still reproduces the record). Appends nothing.
/// </summary>
public sealed class ReplayDecision(IDecisionAuditStore audit, GuardrailSettingsResolver settingsResolver)
{
    public async Task<ReplayReport> ReplayAsync(long auditId, bool useRecordedSettings, CancellationToken cancellationToken = default)
    {
        var record = await audit.GetAsync(auditId, cancellationToken)
            ?? throw new Errors.NotFoundException($"audit id {auditId}: no such decision (see `coach audit list`)");
        var snapshot = DecisionJson.ReadSnapshot(record.SnapshotJson);
        var recordedSettings = DecisionJson.ReadSettings(record.SettingsJson);
        var settings = useRecordedSettings ? Recorded(recordedSettings) : await settingsResolver.ResolveAsync(cancellationToken);
        var replayed = GuardrailEngine.Default.Decide(snapshot, settings);
        var outcomes = OutcomeComparer.Compare(DecisionJson.ReadOutcomes(record.OutcomesJson), [.. replayed.Outcomes.Select(OutcomeRecord.From)]);
        return new ReplayReport(record.Id, record.DecidedFor, useRecordedSettings, record.Recommendation, replayed.Recommendation.ToId(),
            record.EngineVersion, replayed.EngineVersion, record.SettingsHash, replayed.SettingsHash, outcomes,
            SettingChanges(recordedSettings.Effective, settings.Effective()), replayed);
    }

    /// <summary>The recorded effective values, as overrides of the settings declared now (ids no longer declared are left out).</summary>
    private static GuardrailSettings Recorded(SettingsRecord recorded)
    {
        var defaults = GuardrailCatalog.DefaultSettings;
        var declared = defaults.Effective();
        var known = recorded.Effective.Where(p => declared.ContainsKey(p.Key) || IsSiteOverride(defaults, p.Key))
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        return defaults.WithOverrides(known);
    }

    private static bool IsSiteOverride(GuardrailSettings defaults, string id) =>
        defaults.Declared.Any(s => s.PerSite && id.StartsWith(s.Id + ".", StringComparison.Ordinal));

    private static List<SettingDifference> SettingChanges(IReadOnlyDictionary<string, double> recorded, IReadOnlyDictionary<string, double> now) =>
        [.. recorded.Keys.Union(now.Keys).Order(StringComparer.Ordinal)
            .Select(id => (id, a: recorded.TryGetValue(id, out var a) ? a : (double?)null, b: now.TryGetValue(id, out var b) ? b : (double?)null))
            .Where(x => !Nullable.Equals(x.a, x.b))
            .Select(x => new SettingDifference(x.id, x.a, x.b))];
}
