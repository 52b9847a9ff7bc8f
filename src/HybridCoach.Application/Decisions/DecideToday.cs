using HybridCoach.Application.Athletes;
using HybridCoach.Application.Decisions.Records;
using HybridCoach.Application.Narration;
using HybridCoach.Application.Plans;
using HybridCoach.Formats.Calendar;
using HybridCoach.Domain.Guardrails;

namespace HybridCoach.Application.Decisions;

/// <summary>
/// The `coach today` use case: builds the snapshot for a day, resolves the athlete's settings, lets the
/// deterministic engine decide, appends the decision's audit record (its time from the injected clock — the domain has
/// none), and only then asks the narrator to explain the decision already made, with the session the call allows on the
/// day from the active plan if there is one (the narration is never read back into it); the narration and any LLM
/// exchange are a narration record of their own, referenced <c>decision:ID</c> (<see cref="DecisionNarration"/>). Every call appends a new record, even for a day decided before. When the call
/// does not allow the planned session, the allowed one replaces it as a plan change (<see cref="ApplyDailyCall"/>), so
/// `coach today`, `coach session` and the exports agree. A profile threshold pace far from the history's estimate comes back as a warning.
/// </summary>
public sealed class DecideToday(DecisionSnapshotBuilder snapshots, GuardrailSettingsResolver settingsResolver,
    IDecisionAuditStore audit, INarrator narrator, INarrationAudit narrations, ApplyDailyCall applyCall, CheckThresholdPace thresholdCheck, TimeProvider clock,
    Stores.AthleteReadCache readCache, Stores.IUnitOfWork unitOfWork)
{
    public Task<DecisionResult> DecideAsync(DateOnly date, CancellationToken cancellationToken = default) =>
        DecideAsync(date, NarrationPurpose.DailyExplanation, cancellationToken);

    /// <summary>
    /// The web app's Today: the day's newest audit record when nothing it was decided from has changed since (the same
    /// snapshot, settings and engine give the same call, so the record and its narration are reused: opening the page
    /// again neither grows the audit nor asks a model again); otherwise a new decision, as <see cref="DecideAsync(DateOnly, CancellationToken)"/>.
    /// While the athlete's store is unchanged the answer comes from memory (<see cref="Stores.AthleteReadCache"/>).
    /// </summary>
    public Task<DecisionResult> DecideOrReuseAsync(DateOnly date, CancellationToken cancellationToken = default) =>
        readCache.GetOrComputeAsync($"today:{date:yyyy-MM-dd}", c => DecideOrReuseUncachedAsync(date, c), cancellationToken);

    private async Task<DecisionResult> DecideOrReuseUncachedAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var (snapshot, skipped) = await snapshots.BuildReportedAsync(date, cancellationToken);
        var settings = await settingsResolver.ResolveAsync(cancellationToken);
        var decision = GuardrailEngine.Default.Decide(snapshot, settings);
        if (await SameAsLatestAsync(date, decision, snapshot) is not { } stored
            || await narrations.LatestForAsync(DecisionNarration.Reference(stored.Id), cancellationToken) is not { Purpose: NarrationPurpose.DailyExplanation } narration)
            return await RecordAndNarrateAsync(date, NarrationPurpose.DailyExplanation, snapshot, skipped, settings, decision, cancellationToken);
        var day = await applyCall.PrepareAsync(decision, cancellationToken);
        var planned = day is null ? null : new PlannedDay(day.Planned, day.Plan.Request.Units, day.Plan.Version, day.Plan.ActiveVariant);
        return new DecisionResult(decision, snapshot, settings, narration.Text, narration.Source, stored.Id, narration.Exchange, planned)
        {
            InForce = day?.InForceDay,
            SkippedActivities = skipped,
            ThresholdWarning = await thresholdCheck.CheckAsync(date.AddDays(-1), cancellationToken),
        };

        async Task<DecisionAuditRecord?> SameAsLatestAsync(DateOnly day, Decision made, DecisionSnapshot from) =>
            (await audit.ListAsync(day, day, 1, cancellationToken)).FirstOrDefault() is { } latest
            && await audit.GetAsync(latest.Id, cancellationToken) is { } record
            && record.EngineVersion == made.EngineVersion && record.SettingsHash == made.SettingsHash
            && record.Recommendation == made.Recommendation.ToId() && record.SnapshotJson == DecisionJson.Snapshot(from)
                ? record : null;
    }

    /// <summary>Decides the day and narrates it for <paramref name="purpose"/> (the daily explanation or the pep talk).</summary>
    public async Task<DecisionResult> DecideAsync(DateOnly date, NarrationPurpose purpose, CancellationToken cancellationToken = default)
    {
        var (snapshot, skipped) = await snapshots.BuildReportedAsync(date, cancellationToken);
        var settings = await settingsResolver.ResolveAsync(cancellationToken);
        return await RecordAndNarrateAsync(date, purpose, snapshot, skipped, settings, GuardrailEngine.Default.Decide(snapshot, settings), cancellationToken);
    }

    /// <summary>Puts the decision on file, applies the session it allows, then has it narrated (a record of its own).</summary>
    private async Task<DecisionResult> RecordAndNarrateAsync(DateOnly date, NarrationPurpose purpose, DecisionSnapshot snapshot, IReadOnlyList<string> skipped,
        GuardrailSettings settings, Decision decision, CancellationToken cancellationToken)
    {
        var record = new DecisionAuditRecord(0, date, clock.GetUtcNow(), decision.Recommendation.ToId(), decision.EngineVersion,
            decision.SettingsHash, DecisionJson.Settings(settings), DecisionJson.Snapshot(snapshot), DecisionJson.Outcomes(decision.Outcomes),
            "", NarrationSources.SeparateRecord, null);
        // The decision's record and the session change it makes commit together (one unit of work, the plan read
        // inside it), so the call on file and the session every front end shows never disagree; both are on file before anyone
        // is asked to explain them: a narration — whatever a model replies, however long it takes — can neither lose nor duplicate them.
        var (day, id, submitted) = await unitOfWork.RunAsync(async c =>
        {
            var prepared = await applyCall.PrepareAsync(decision, c);
            var auditId = await audit.AppendAsync(record, c);
            return (prepared, auditId, prepared is null ? null : await applyCall.RecordAsync(prepared, decision, auditId, c));
        }, cancellationToken);
        var planned = day is null ? null : new PlannedDay(day.Planned, day.Plan.Request.Units, day.Plan.Version, day.Plan.ActiveVariant);
        var plannedText = day is null ? null : PrescriptionFormat.Title(day.InForce, day.Plan.Request.Units);
        var change = submitted is null ? null : await applyCall.NarrateAsync(submitted, cancellationToken);
        var narration = await narrator.NarrateAsync(new NarrationRequest(decision, NarrationContextBuilder.From(snapshot, plannedText), purpose), cancellationToken);
        await narrations.AppendAsync(new NarrationAuditRecord(0, purpose, DecisionNarration.Reference(id), date, clock.GetUtcNow(),
            FormattableString.Invariant($"{{\"decision_id\":{id}}}"), narration.Text, narration.Source, narration.Exchange), cancellationToken);
        return new DecisionResult(decision, snapshot, settings, narration.Text, narration.Source, id, narration.Exchange, planned)
        {
            InForce = day?.InForceDay,
            SkippedActivities = skipped,
            SessionChange = change,
            // Shown with the daily call only (the pep talk does not show it), so only estimated then.
            ThresholdWarning = purpose == NarrationPurpose.DailyExplanation ? await thresholdCheck.CheckAsync(date.AddDays(-1), cancellationToken) : null,
        };
    }
}
