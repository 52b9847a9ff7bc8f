namespace HybridCoach.Application.Narration;

/// <summary>
/// Turns a decision the engine has already made into 2–4 plain sentences (issue 7): the daily call and the pep talk
/// (<see cref="NarrationRequest"/>), and the weekly summary, session notes, adaptation diffs and escalation alerts
/// (<see cref="NarrationSubject"/>). A narrator explains; it never decides: nothing reads a <see cref="Narration"/>
/// back into a decision, a plan or an alert.
/// Failure policy: the methods never throw for provider failures (network errors, timeouts, malformed replies, text
/// the guard rejects) — they fall back to the template text and record the reason in <see cref="Narration.Exchange"/>.
/// They throw only for a null argument or when the caller's own token is cancelled.
/// </summary>
public interface INarrator
{
    Task<Narration> NarrateAsync(NarrationRequest request, CancellationToken cancellationToken = default);

    Task<Narration> NarrateAsync(NarrationSubject subject, CancellationToken cancellationToken = default);
}
