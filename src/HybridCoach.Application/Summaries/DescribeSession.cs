using HybridCoach.Application.Narration;
using HybridCoach.Application.Plans;

namespace HybridCoach.Application.Summaries;

/// <summary>
/// The `coach session` use case: a day's planned session from the newest plan's active variant, fully described,
/// with its coaching note narrated and put on file through <see cref="NarrateAndRecord"/> (reference
/// <c>session:yyyy-mm-dd</c>). Without a plan it says to generate one; a day outside the plan is an error naming the date.
/// </summary>
public sealed class DescribeSession(IPlanStore plans, NarrateAndRecord narrate)
{
    public async Task<SessionNote> DescribeAsync(DateOnly date, CancellationToken cancellationToken = default)
    {
        var set = await ReadLatestPlan.RequireAsync(plans, cancellationToken);
        var (session, cycle, brief) = SessionBriefs.From(set, date);
        var narration = await narrate.NarrateAsync(brief, cancellationToken);
        return new SessionNote(new PlannedDay(session, set.Request.Units, set.Version, set.ActiveVariant), cycle, set.Request.GoalRace, brief, narration);
    }
}
