using HybridCoach.Application.Athletes;
using HybridCoach.Application.Coaching;
using HybridCoach.Application.Plans;
using HybridCoach.Domain.Adaptation;
using HybridCoach.Domain.Guardrails;

namespace HybridCoach.Application.Decisions;

/// <summary>
/// The call acts on the session: when the day's call does not allow the planned session, the session it allows
/// (<see cref="SessionUnderCall"/>: same or less load, never harder) replaces it, recorded as a plan change with the
/// call and its reasons and sent through the oversight policy as an easier replacement (<see cref="ChangeSubmission"/>;
/// the engine's safety call counts as agreed, so a suggestion does not wait — a coach's-approval branch still does).
/// A lock the coach put on the day does not stop it (safety first). The change is written in the decision's unit of work and
/// narrated after it commits (<see cref="RecordAsync"/>, <see cref="NarrateAsync"/>). A session already changed for the same or a stronger call is left alone, so deciding a day again writes nothing new.
/// </summary>
public sealed class ApplyDailyCall(IPlanStore plans, IAthleteStore athletes, ChangeSubmission submission)
{
    public async Task<DailySessionChange?> PrepareAsync(Decision decision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (await ReadLatestPlan.FindAsync(plans, cancellationToken) is not { } set) return null;
        if (set.Active.Plan.Sessions.FirstOrDefault(s => s.Date == decision.Date) is not { } planned) return null;
        var context = AdjusterContexts.For(set, decision.Date, await athletes.GetProfileAsync(cancellationToken));
        return new DailySessionChange(set, planned, SessionUnderCall.Apply(planned, decision.Recommendation, context));
    }

    /// <summary>Writes the change the call makes to the day's session (null when it makes none), not yet narrated (<see cref="ChangeSubmission.NarrateAsync"/>).</summary>
    public async Task<SubmittedChange?> RecordAsync(DailySessionChange prepared, Decision decision, long auditId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        ArgumentNullException.ThrowIfNull(decision);
        if (!prepared.Changed) return null;
        var reasons = string.Join("; ", decision.Deciding.Select(o => $"{o.Id}: {o.Reason}"));
        var reason = $"the day's call is {decision.Recommendation.ToId()} (audit {auditId}) — {reasons}";
        var (planned, inForce) = (prepared.Planned, prepared.InForce);
        PlanChange[] changes = [new(planned.Date, planned, inForce, ChangeKinds.Of(planned, inForce), reason)];
        var adapted = PlanRevision.Apply(prepared.Plan.Active.Plan, changes, prepared.Plan.Request);
        var threshold = prepared.Plan.Request.Fitness.ThresholdPace.SecondsPerKilometer;
        var change = ChangeSizing.Replacement(new SessionAdjustment(planned, inForce, reason, []), threshold);
        return await submission.StoreAsync(prepared.Plan, adapted, changes, change, $"daily call (audit {auditId})", athleteAgreed: true,
            cancellationToken: cancellationToken, safetyCall: true);
    }

    public Task<ChangeOutcome> NarrateAsync(SubmittedChange submitted, CancellationToken cancellationToken = default) =>
        submission.NarrateAsync(submitted, cancellationToken);
}
