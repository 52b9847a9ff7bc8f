using HybridCoach.Application.Narration;
using HybridCoach.Application.Coaching;
using HybridCoach.Application.Plans;
using HybridCoach.Application.Restrictions;

namespace HybridCoach.Application.Summaries;

/// <summary>
/// The `coach session` use case: a day's session from the newest plan's active variant — as the day's call leaves it
/// (<see cref="SessionsInForce"/>: a red flag, a pain report, a hold, an unavailable day or today's call change it) — fully described,
/// with its coaching note narrated and put on file through <see cref="NarrateAndRecord"/> (reference
/// <c>session:yyyy-mm-dd</c>). Without a plan it says to generate one; a day outside the plan is an error naming the date.
/// </summary>
public sealed class DescribeSession(IPlanStore plans, NarrateAndRecord narrate, SessionsInForce sessionsInForce, Requests.ReadRequests requests)
{
    /// <param name="reuseNarration">The web app's pages: reuse the day's narration on file when its subject is unchanged (<see cref="NarrateAndRecord.NarrateOrReuseAsync"/>).</param>
    public async Task<SessionNote> DescribeAsync(DateOnly date, DateOnly asOf, CancellationToken cancellationToken = default, bool reuseNarration = false)
    {
        var planned = await ReadLatestPlan.RequireAsync(plans, cancellationToken);
        var (original, _, _) = SessionBriefs.From(planned, date);
        var day = await sessionsInForce.ForDayAsync(planned, original, asOf, cancellationToken);
        var set = day.Changed ? PlanRevision.WithActive(planned, PlanRevision.Apply(planned.Active.Plan, [day.ToChange()])) : planned;
        var (session, cycle, brief) = SessionBriefs.From(set, date);
        var narration = reuseNarration ? await narrate.NarrateOrReuseAsync(brief, cancellationToken) : await narrate.NarrateAsync(brief, cancellationToken);
        return new SessionNote(new PlannedDay(session, set.Request.Units, set.Version, set.ActiveVariant), cycle, set.Request.GoalRace, brief, narration, day,
            await requests.RecentAsync(asOf, cancellationToken));
    }
}
