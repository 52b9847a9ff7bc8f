using HybridCoach.Application.Coaching.Records;
using HybridCoach.Application.Plans;
using HybridCoach.Domain.Adaptation;
using HybridCoach.Domain.Athletes;

namespace HybridCoach.Application.Coaching;

/// <summary>
/// The `coach checkin` use case: stores the weekly check-in, raises the escalations it (with the recent signals and
/// how the plan went) calls for, then adapts the remaining plan (<see cref="IPlanAdaptation"/>) and sends the
/// adaptation through the oversight policy (<see cref="ChangeSubmission"/>): applied as a new plan version, or
/// held as a proposal. The check-in must be for a week that has begun by the as-of day.
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
        var escalations = await raiser.RaiseAsync(asOf, actuals.Sessions, cancellationToken);
        var outcome = plan is null ? null : await AdaptAsync(plan, checkIn, actuals, asOf, cancellationToken);
        return new CheckInResult(id, escalations, outcome);
    }

    private async Task<ChangeOutcome?> AdaptAsync(PlanSet plan, CheckIn checkIn, PlanActuals actuals, DateOnly asOf, CancellationToken cancellationToken)
    {
        var result = await adaptation.AdaptAsync(plan.Active.Plan, plan.Request, checkIn, actuals, asOf, cancellationToken);
        if (result.Changes.Count == 0) return null;
        var summary = $"check-in of the week of {checkIn.WeekStart:yyyy-MM-dd}: {Describe(result.Changes)}";
        var change = ChangeSizing.Adaptation(plan.Active.Plan, result.Changes, plan.Request.Fitness.ThresholdPace.SecondsPerKilometer, summary,
            checkIn.Request.AddRace);
        return await submission.SubmitAsync(plan, result.Plan, result.Changes, change, "checkin", athleteAgreed: false, cancellationToken: cancellationToken);
    }

    private static string Describe(IReadOnlyList<PlanChange> changes) =>
        $"{changes.Count} day(s) changed ({string.Join(", ", changes.GroupBy(c => c.Kind).Select(g => $"{CoachingIds.ToId(g.Key)} {g.Count()}"))})";
}
