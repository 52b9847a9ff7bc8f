using HybridCoach.Application.Coaching.Records;
using HybridCoach.Application.Plans;
using HybridCoach.Domain.Adaptation;
using HybridCoach.Domain.Athletes;

namespace HybridCoach.Application.Coaching;

/// <summary>
/// The `coach checkin` use case: stores the weekly check-in, raises the escalations it (with the recent signals and
/// how the plan went) calls for, then adapts the remaining plan (<see cref="IPlanAdaptation"/>) and sends the
/// adaptation through the oversight policy (<see cref="ChangeSubmission"/>): applied as a new plan version, or
/// held as a proposal. A request in words becomes an inbox item the coach answers (<see cref="EscalationRaiser.RaiseRequestAsync"/>). A rule that fired but found no valid change is reported to the coach's inbox
/// (<see cref="EscalationRaiser.RaiseBlockedAsync"/>: "adaptation blocked by …"), never dropped silently. The check-in must be for a week that has begun by the as-of day.
/// </summary>
public sealed class RecordCheckIn(ICheckInStore checkIns, IPlanStore plans, IPlanAdaptation adaptation, EscalationRaiser raiser,
    ChangeSubmission submission, TimeProvider clock)
{
    public async Task<CheckInResult> RecordAsync(CheckIn checkIn, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        if (checkIn.WeekStart > asOf)
            throw new ArgumentException($"--week {checkIn.WeekStart:yyyy-MM-dd}: after the as-of day {asOf:yyyy-MM-dd}; a check-in reports on a week that has begun");
        var id = await checkIns.AddAsync(new StoredCheckIn(0, checkIn.WeekStart, checkIn.Effort, checkIn.Fatigue, CoachingJson.Niggles(checkIn.Niggles),
            checkIn.Notes, checkIn.Request.Text, CoachingJson.Request(checkIn.Request), clock.GetUtcNow()), cancellationToken);
        var plan = await ReadLatestPlan.FindAsync(plans, cancellationToken);
        var actuals = plan is null ? new PlanActuals(asOf, [], [], [])
            : await adaptation.MatchAsync(plan.Active.Plan, plan.Request, asOf, cancellationToken);
        IReadOnlyList<RaisedEscalation> escalations = [.. await raiser.RaiseAsync(asOf, actuals.Sessions, cancellationToken),
            .. await raiser.RaiseRequestAsync(id, checkIn.WeekStart, checkIn.Request.Text, cancellationToken)];
        if (plan is null)
            return CheckInResult.From(id, escalations, null) with { FeelingStrong = checkIn.Request.FeelingStrong ? "no plan to build on yet: run `coach plan generate`" : null };
        var result = await adaptation.AdaptAsync(plan.Active.Plan, plan.Request, checkIn, actuals, asOf, cancellationToken);
        var blocked = await raiser.RaiseBlockedAsync(asOf, result.BlockedRules, cancellationToken);
        var outcome = await SubmitAsync(plan, checkIn, result, cancellationToken);
        return CheckInResult.From(id, [.. escalations, .. blocked], outcome) with { FeelingStrong = result.FeelingStrong };
    }

    private async Task<ChangeOutcome?> SubmitAsync(PlanSet plan, CheckIn checkIn, AdaptationResult result, CancellationToken cancellationToken)
    {
        if (result.Changes.Count == 0) return null;
        var summary = $"check-in of the week of {checkIn.WeekStart:yyyy-MM-dd}: {Describe(result.Changes)}";
        var change = ChangeSizing.Adaptation(plan.Active.Plan, result.Changes, plan.Request.Fitness.ThresholdPace.SecondsPerKilometer, summary,
            checkIn.Request.AddRace);
        // The adapted plan is held to the request with the added race (as the adapter held it), and a new version keeps it.
        var basis = plan with { Request = PlanAdapter.EffectiveRequest(plan.Request, checkIn) };
        return await submission.SubmitAsync(basis, result.Plan, result.Changes, change, "checkin", athleteAgreed: false,
            cancellationToken: cancellationToken, addedRace: checkIn.Request.AddRace);
    }

    private static string Describe(IReadOnlyList<PlanChange> changes) =>
        $"{changes.Count} day(s) changed ({string.Join(", ", changes.GroupBy(c => c.Kind).Select(g => $"{CoachingIds.ToId(g.Key)} {g.Count()}"))})";
}
