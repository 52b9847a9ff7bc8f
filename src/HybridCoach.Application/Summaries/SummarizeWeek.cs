using HybridCoach.Application.Narration;
using HybridCoach.Application.Plans;

namespace HybridCoach.Application.Summaries;

/// <summary>
/// The `coach summary` use case: the review of a week (default: <see cref="SummaryWeek.Default"/>) built from the
/// athlete's data, narrated and put on file through <see cref="NarrateAndRecord"/> (reference <c>week:yyyy-mm-dd</c>).
/// The narration explains the figures; nothing reads it back.
/// </summary>
public sealed class SummarizeWeek(WeeklyReviewBuilder builder, IPlanStore plans, NarrateAndRecord narrate)
{
    public async Task<WeeklySummary> SummarizeAsync(DateOnly? weekStart, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        var start = weekStart ?? SummaryWeek.Default(asOf, (await ReadLatestPlan.FindAsync(plans, cancellationToken))?.Active.Plan);
        var review = await builder.BuildAsync(start, asOf, cancellationToken);
        return new WeeklySummary(review, await narrate.NarrateAsync(review, cancellationToken));
    }
}
