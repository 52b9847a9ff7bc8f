using HybridCoach.Application.Coaching.Records;
using HybridCoach.Application.Plans;
using HybridCoach.Domain.Adaptation;
using HybridCoach.Domain.Athletes;

namespace HybridCoach.Application.Coaching;

/// <summary>
/// The `coach checkin` use case: stores the weekly check-in and, in the same unit of work, the escalations it (with the recent signals and
/// how the plan went) calls for, then adapts the remaining plan (<see cref="IPlanAdaptation"/>) and sends the
/// adaptation through the oversight policy (<see cref="ChangeSubmission"/>): applied as a new plan version, or
/// held as a proposal. A request in words becomes an inbox item the coach answers (<see cref="EscalationRaiser.StoreRequestAsync"/>). A rule that fired but found no valid change is reported to the coach's inbox
/// (<see cref="EscalationRaiser.RaiseBlockedAsync"/>: "adaptation blocked by …"), never dropped silently. Unavailable
/// days are applied first and at once, as their own plan version (<see cref="ApplyUnavailableAsync"/>). The check-in must be for a week that has begun by the as-of day.
/// </summary>
public sealed class RecordCheckIn(ICheckInStore checkIns, IPlanStore plans, IPlanAdaptation adaptation, EscalationRaiser raiser,
    ChangeSubmission submission, TimeProvider clock, Stores.IUnitOfWork unitOfWork)
{
    public async Task<CheckInResult> RecordAsync(CheckIn checkIn, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        if (checkIn.WeekStart > asOf)
            throw new Errors.InvalidInputException("week", $" {checkIn.WeekStart:yyyy-MM-dd}: after the as-of day {asOf:yyyy-MM-dd}; a check-in reports on a week that has begun");
        var plan = await ReadLatestPlan.FindAsync(plans, cancellationToken);
        var actuals = plan is null ? new PlanActuals(asOf, [], [], [])
            : await adaptation.MatchAsync(plan.Active.Plan, plan.Request, asOf, cancellationToken);
        // The check-in and the alerts it raises commit together (a reported pain is never on file without its alert); narrated after.
        var (id, stored) = await unitOfWork.RunAsync(async c =>
        {
            var added = await checkIns.AddAsync(new StoredCheckIn(0, checkIn.WeekStart, checkIn.Effort, checkIn.Fatigue, CoachingJson.Niggles(checkIn.Niggles),
                checkIn.Notes, checkIn.Request.Text, CoachingJson.Request(checkIn.Request), clock.GetUtcNow()), c);
            IReadOnlyList<StoredEscalation> alerts = [.. await raiser.StoreAsync(asOf, actuals.Sessions, c),
                .. await raiser.StoreRequestAsync(added, checkIn.WeekStart, checkIn.Request.Text, c)];
            return (added, alerts);
        }, cancellationToken);
        var escalations = await raiser.NarrateAsync(stored, cancellationToken);
        if (plan is null)
            return CheckInResult.From(id, escalations, null) with { FeelingStrong = checkIn.Request.FeelingStrong ? "no plan to build on yet: generate one first" : null };
        var (calendar, calendarBlocked) = await ApplyUnavailableAsync(plan, checkIn, actuals, asOf, cancellationToken);
        if (calendar?.AppliedVersion is not null) plan = await ReadLatestPlan.FindAsync(plans, cancellationToken) ?? plan;
        // The unavailable days are dealt with above: the rest of the check-in is adapted without them.
        var rest = new CheckIn(checkIn.WeekStart, checkIn.Effort, checkIn.Fatigue, checkIn.Niggles, checkIn.Notes,
            new AdjustmentRequest(checkIn.Request.Text, [], checkIn.Request.TravelWeek, checkIn.Request.AddRace, checkIn.Request.FeelingStrong));
        var result = await adaptation.AdaptAsync(plan.Active.Plan, plan.Request, rest, actuals, asOf, cancellationToken);
        var blocked = await raiser.RaiseBlockedAsync(asOf, [.. calendarBlocked, .. result.BlockedRules], cancellationToken);
        var outcome = await SubmitAsync(plan, checkIn, result, cancellationToken);
        return CheckInResult.From(id, [.. escalations, .. blocked], outcome) with { FeelingStrong = result.FeelingStrong, Unavailable = calendar };
    }

    /// <summary>
    /// Days the athlete cannot train are a fact, not a proposal: the unavailable-days rule alone (sessions moved or
    /// dropped, the weeks after rebalanced) is applied at once as its own plan version — it only ever removes or moves
    /// training — so the plan, `coach session` and the exports never keep a session on such a day while the rest of
    /// the check-in waits for a decision. The validator still has the last word (a change it refuses goes to the coach).
    /// </summary>
    private async Task<(ChangeOutcome? Outcome, IReadOnlyList<BlockedRule> Blocked)> ApplyUnavailableAsync(PlanSet plan, CheckIn checkIn,
        PlanActuals actuals, DateOnly asOf, CancellationToken cancellationToken)
    {
        if (checkIn.Request.UnavailableDays.Count == 0) return (null, []);
        // Only the days: an added race in the same check-in is routed with the rest, so this plan is held to the request as it stands.
        var days = new CheckIn(checkIn.WeekStart, checkIn.Effort, checkIn.Fatigue, [], null, new AdjustmentRequest(null, checkIn.Request.UnavailableDays, false, null, false));
        var result = await adaptation.AdaptAsync(plan.Active.Plan, plan.Request, days, actuals, asOf, cancellationToken, PlanAdapter.UnavailableOnly);
        var changes = result.Changes;
        if (changes.Count == 0) return (null, result.BlockedRules);
        var summary = $"unavailable days in the check-in of the week of {checkIn.WeekStart:yyyy-MM-dd}: {Describe(changes)}";
        var change = ChangeSizing.Adaptation(plan.Active.Plan, changes, plan.Request.Fitness.ThresholdPace.SecondsPerKilometer, summary, null);
        var outcome = await submission.SubmitAsync(plan, result.Plan, changes, change, "checkin", athleteAgreed: false,
            cancellationToken: cancellationToken, decision: AthleteUnavailable);
        return (outcome, result.BlockedRules);
    }

    private static readonly Domain.Oversight.RouteDecision AthleteUnavailable = new(Domain.Oversight.OversightRoute.AutoApply, "athlete_unavailable",
        "the athlete cannot train on those days") { Plain = "you cannot train on the days you named" };

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
