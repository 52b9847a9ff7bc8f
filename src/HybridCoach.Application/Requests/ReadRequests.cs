using HybridCoach.Application.Coaching;

namespace HybridCoach.Application.Requests;

/// <summary>
/// The athlete's requests asked in the <see cref="RecentDays"/> days up to a day, newest first, each answered or
/// waiting — what `coach summary`, `coach session` and `coach state` show the athlete.
/// </summary>
public sealed class ReadRequests(IEscalationStore escalations)
{
    /// <summary>Requests from the last two weekly check-ins are shown (product rule: the current and the last week's).</summary>
    public const int RecentDays = 14;

    public async Task<IReadOnlyList<RequestAnswer>> RecentAsync(DateOnly asOf, CancellationToken cancellationToken = default)
    {
        var all = await escalations.ListAsync(null, cancellationToken);
        return [.. all.Where(e => e.Kind == AthleteRequests.Kind && e.Date <= asOf && e.Date > asOf.AddDays(-RecentDays))
            .OrderByDescending(e => e.Date).ThenByDescending(e => e.Id)
            .Select(e => new RequestAnswer(CoachingIds.Escalation(e.Id), e.Date, AthleteRequests.Text(e),
                e.Status == EscalationStatus.Acknowledged ? e.DecisionReason : null, e.DecidedBy, e.DecidedAtUtc))];
    }
}
