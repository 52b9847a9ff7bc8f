using HybridCoach.Application.Coaching;
using HybridCoach.Application.Narration;
using HybridCoach.Application.Plans;

namespace HybridCoach.Application.Summaries;

/// <summary>
/// The `coach summary` use case: the review of a week (default: <see cref="SummaryWeek.Default"/>) built from the
/// athlete's data, narrated and put on file through <see cref="NarrateAndRecord"/> (reference <c>week:yyyy-mm-dd</c>).
/// The narration explains the figures; nothing reads it back. After a check-in (<see cref="SummarizeCheckInAsync"/>)
/// the review of the check-in's week also names what the check-in just did — the plan change it made or sent for
/// approval, the unavailable days it applied, the alerts it raised and the request it sent — which are dated by the
/// check-in, not inside the week.
/// </summary>
public sealed class SummarizeWeek(WeeklyReviewBuilder builder, IPlanStore plans, NarrateAndRecord narrate, Requests.ReadRequests requests)
{
    public async Task<WeeklySummary> SummarizeAsync(DateOnly? weekStart, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        var start = weekStart ?? SummaryWeek.Default(asOf, (await ReadLatestPlan.FindAsync(plans, cancellationToken))?.Active.Plan);
        var review = await builder.BuildAsync(start, asOf, cancellationToken);
        return new WeeklySummary(review, await narrate.NarrateAsync(review, cancellationToken), await requests.RecentAsync(asOf, cancellationToken));
    }

    /// <summary>The review of the check-in's week (the "weekly review" a check-in drives), with the check-in's own change and alerts.</summary>
    public async Task<WeeklySummary> SummarizeCheckInAsync(DateOnly weekStart, CheckInResult checkIn, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        var review = await builder.BuildAsync(weekStart, asOf, cancellationToken);
        var change = WeekLines.CheckInChange(checkIn.Adaptation);
        var applied = checkIn.Adaptation?.Applied == true;
        var made = WeekLines.With(review.PlanChanges, WeekLines.CheckInChange(checkIn.Unavailable));
        review = review with
        {
            PlanChanges = applied ? WeekLines.With(made, change) : made,
            PendingChanges = applied ? review.PendingChanges : WeekLines.With(review.PendingChanges, change),
            Alerts = WeekLines.WithRaised(review.Alerts, checkIn.Escalations),
            Requests = WeekLines.WithRaised(review.Requests, checkIn.Escalations, requests: true),
        };
        return new WeeklySummary(review, await narrate.NarrateAsync(review, cancellationToken), await requests.RecentAsync(asOf, cancellationToken));
    }
}
