using HybridCoach.Application.Coaching;

namespace HybridCoach.Application.Restrictions;

/// <summary>
/// `coach flag clear eN`: the coach clears a medical red flag or a pain report (after the athlete has been assessed),
/// recorded with who, why and the first day it no longer applies (the as-of day). Until then the flag holds the
/// athlete back. Clearing also acknowledges the alert in the inbox. Only flags can be cleared; other alerts are acknowledged with `coach approve`.
/// </summary>
public sealed class ClearFlag(IEscalationStore escalations, TimeProvider clock, Stores.IUnitOfWork unitOfWork)
{
    public async Task<StoredClearance> ClearAsync(string alertRef, string reason, string by, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        var (prefix, id) = CoachingIds.ParseRef(alertRef, "ALERT", CoachingIds.EscalationPrefix);
        if (prefix != CoachingIds.EscalationPrefix) throw new ArgumentException($"ALERT '{alertRef}': not an alert; flags are alerts such as e3");
        var alert = await escalations.GetAsync(id, cancellationToken) ?? throw new Errors.NotFoundException($"ALERT '{alertRef}': no such alert (see `coach inbox` or `coach state`)");
        if (!FlagKinds.IsFlag(alert.Kind))
            throw new ArgumentException($"ALERT {CoachingIds.Escalation(id)}: a {alert.Kind} alert is not a flag that holds the athlete back; acknowledge it with `coach approve {CoachingIds.Escalation(id)}`");
        var clearance = new StoredClearance(id, CoachText.Who(by), CoachText.Required(reason, "reason"), asOf, clock.GetUtcNow());
        // The clearance and the alert's acknowledgement commit together: a flag is never cleared with its alert still open, nor the reverse.
        return await unitOfWork.RunAsync(async c =>
        {
            if (!await escalations.ClearAsync(clearance, c)) throw new Errors.ConflictException($"ALERT {CoachingIds.Escalation(id)}: already cleared");
            await escalations.AcknowledgeAsync(id, clearance.ClearedBy, $"cleared: {clearance.Reason}", clearance.ClearedAtUtc, c);
            return clearance;
        }, cancellationToken);
    }
}
