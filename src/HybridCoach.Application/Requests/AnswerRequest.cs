using HybridCoach.Application.Coaching;

namespace HybridCoach.Application.Requests;

/// <summary>
/// `coach answer eN "text"`: the coach answers an athlete's request; the answer closes the inbox item and is shown to
/// the athlete in `coach summary`, `coach session` and `coach state` (<see cref="ReadRequests"/>). Only requests can
/// be answered, once.
/// </summary>
public sealed class AnswerRequest(IEscalationStore escalations, TimeProvider clock)
{
    public async Task<RequestAnswer> AnswerAsync(string requestRef, string answer, string by, CancellationToken cancellationToken = default)
    {
        var (prefix, id) = CoachingIds.ParseRef(requestRef, "REQUEST", CoachingIds.EscalationPrefix);
        if (prefix != CoachingIds.EscalationPrefix) throw new ArgumentException($"REQUEST '{requestRef}': not a request; requests are inbox items such as e4");
        var item = await escalations.GetAsync(id, cancellationToken)
            ?? throw new Errors.NotFoundException($"REQUEST '{requestRef}': no such item (see `coach inbox`)");
        if (item.Kind != AthleteRequests.Kind)
            throw new ArgumentException($"REQUEST {CoachingIds.Escalation(id)}: a {item.Kind.Replace('_', ' ')} alert, not a request; acknowledge it with `coach approve {CoachingIds.Escalation(id)}`");
        var who = CoachText.Who(by);
        var text = CoachText.Required(answer, "ANSWER");
        var now = clock.GetUtcNow();
        if (!await escalations.AcknowledgeAsync(id, who, text, now, cancellationToken))
            throw new Errors.ConflictException($"REQUEST {CoachingIds.Escalation(id)}: already answered by {item.DecidedBy}: \"{item.DecisionReason}\"");
        return new RequestAnswer(CoachingIds.Escalation(id), item.Date, AthleteRequests.Text(item), text, who, now);
    }
}
