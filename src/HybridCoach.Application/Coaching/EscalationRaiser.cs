using HybridCoach.Application.Athletes;
using HybridCoach.Application.Coaching.Records;
using HybridCoach.Application.Narration;
using HybridCoach.Domain.Adaptation;
using HybridCoach.Domain.Athletes;
using HybridCoach.Domain.Oversight;

namespace HybridCoach.Application.Coaching;

/// <summary>
/// Runs the escalation rules (<see cref="EscalationDetector"/>) over the athlete's check-ins, the last
/// <see cref="SignalDays"/> days of recovery signals and how the planned sessions went, and stores the alerts not
/// raised before (the same kind, day and summary is the same alert). Each new alert is narrated for the coach
/// (<see cref="EscalationBriefs"/>) and the narration audited as <c>escalation:eN</c>.
/// </summary>
public sealed class EscalationRaiser(ICheckInStore checkIns, IAthleteStore athletes, IEscalationStore escalations, NarrateAndRecord narration,
    TimeProvider clock)
{
    /// <summary>Enough days for the longest rule window (motivation trend 28 days, resting-HR baseline 14 + lookback 7).</summary>
    public const int SignalDays = 42;

    /// <summary>
    /// Runs every rule over the check-ins, signals and sessions as of <paramref name="asOf"/> and stores the new alerts,
    /// not yet narrated: the caller stores them in one unit of work with the evidence that raised them and narrates them
    /// (<see cref="NarrateAsync"/>) once both are committed. The same holds for every Store method here.
    /// </summary>
    public async Task<IReadOnlyList<StoredEscalation>> StoreAsync(DateOnly asOf, IReadOnlyList<SessionMatch> sessions, CancellationToken cancellationToken = default)
    {
        var input = await InputAsync(asOf, sessions, cancellationToken);
        return await StoreUnnarratedAsync(EscalationDetector.Detect(input), cancellationToken);
    }

    /// <summary>
    /// Runs the rules that cannot wait for the weekly check-in (medical red flags, pain: <see cref="EscalationDetector.DetectImmediate"/>)
    /// the moment new evidence arrives — a day's signals, an activity note, a check-in. Each report is raised once: running
    /// it again on the same evidence stores nothing.
    /// </summary>
    public async Task<IReadOnlyList<StoredEscalation>> StoreImmediateAsync(DateOnly asOf, CancellationToken cancellationToken = default)
    {
        var input = await InputAsync(asOf, [], cancellationToken);
        return await StoreUnnarratedAsync(EscalationDetector.DetectImmediate(input), cancellationToken);
    }

    private async Task<EscalationInput> InputAsync(DateOnly asOf, IReadOnlyList<SessionMatch> sessions, CancellationToken cancellationToken)
    {
        var stored = await checkIns.ListAsync(asOf, cancellationToken);
        var signals = await athletes.ListSignalsAsync(asOf.AddDays(-SignalDays), asOf, cancellationToken);
        var notes = await athletes.ListActivityNotesAsync(asOf.AddDays(-SignalDays), asOf, cancellationToken);
        return new EscalationInput(asOf, [.. stored.Select(ToCheckIn)], signals, sessions, Notes: notes);
    }

    private async Task<IReadOnlyList<StoredEscalation>> StoreUnnarratedAsync(IEnumerable<Escalation> alerts, CancellationToken cancellationToken)
    {
        var raised = new List<StoredEscalation>();
        foreach (var alert in alerts)
        {
            var kind = CoachingIds.ToId(alert.Kind);
            var row = new StoredEscalation(0, kind, alert.Urgency, alert.Date, alert.Summary, alert.Evidence,
                $"{kind}|{alert.Date:yyyy-MM-dd}|{alert.Key ?? alert.Summary}", EscalationStatus.Open, clock.GetUtcNow(), Site: alert.Site);
            if (await escalations.AddIfNewAsync(row, cancellationToken) is { } id) raised.Add(row with { Id = id });
        }
        return raised;
    }

    /// <summary>Kind id of the alert for a rule that fired but found no valid change.</summary>
    public const string AdaptationBlockedKind = "adaptation_blocked";

    /// <summary>Training going wrong: the urgency of missed key sessions and repeated soreness (<see cref="EscalationUrgency"/>).</summary>
    public const int AdaptationBlockedUrgency = EscalationUrgency.MissedKeySessions;

    /// <summary>
    /// Tells the coach about each rule the check-in fired that backed off (every change it tried broke a plan
    /// invariant): the plan kept those days, so a human must decide (e.g. approve a bigger change or a regeneration).
    /// </summary>
    public async Task<IReadOnlyList<RaisedEscalation>> RaiseBlockedAsync(DateOnly asOf, IReadOnlyList<BlockedRule> blocked,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(blocked);
        var raised = new List<StoredEscalation>();
        foreach (var rule in blocked)
        {
            var summary = $"adaptation blocked by {rule.Invariants.Replace('_', ' ')}: the {rule.RuleId.Replace('_', ' ')} rule found no valid change, so those days stay as planned"
                + ": decide the change yourself (approve a larger one, edit the days or regenerate the plan)";
            var evidence = rule.Violations.Take(MaxEvidence).Select(v => $"{v.InvariantId}: {v.Message}").ToList();
            var row = new StoredEscalation(0, AdaptationBlockedKind, AdaptationBlockedUrgency, asOf, summary, evidence,
                $"{AdaptationBlockedKind}|{asOf:yyyy-MM-dd}|{rule.RuleId}", EscalationStatus.Open, clock.GetUtcNow());
            if (await escalations.AddIfNewAsync(row, cancellationToken) is { } id) raised.Add(row with { Id = id });
        }
        return await NarrateAsync(raised, cancellationToken);
    }

    private const int MaxEvidence = 5;

    /// <summary>Puts a check-in's request in the coach's inbox (<see cref="Requests.AthleteRequests"/>), once per check-in, not yet narrated.</summary>
    public async Task<IReadOnlyList<StoredEscalation>> StoreRequestAsync(long checkInId, DateOnly weekStart, string? text,
        CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var row = Requests.AthleteRequests.For(checkInId, weekStart, text, clock.GetUtcNow());
        return await escalations.AddIfNewAsync(row, cancellationToken) is { } id ? [row with { Id = id }] : [];
    }

    /// <summary>Each stored alert narrated for the coach (<see cref="EscalationBriefs"/>), the narration audited as <c>escalation:eN</c>.</summary>
    public async Task<IReadOnlyList<RaisedEscalation>> NarrateAsync(IReadOnlyList<StoredEscalation> raised, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(raised);
        if (raised.Count == 0) return [];
        var name = (await athletes.GetProfileAsync(cancellationToken))?.Name;
        var narrated = new List<RaisedEscalation>();
        foreach (var alert in raised)
            narrated.Add(new RaisedEscalation(alert, await narration.NarrateAsync(EscalationBriefs.From(alert, name), cancellationToken)));
        return narrated;
    }

    public static CheckIn ToCheckIn(StoredCheckIn s) =>
        new(s.WeekStart, s.Effort, s.Fatigue, CoachingJson.ReadNiggles(s.NigglesJson), s.Notes, CoachingJson.ReadRequest(s.RequestJson));
}
