namespace HybridCoach.Application.Narration;

/// <summary>
/// Turns a decision the engine has already made into 2–4 plain sentences (issue 7). A narrator explains; it never
/// decides: nothing reads a <see cref="Narration"/> back into a decision.
/// Failure policy: <see cref="NarrateAsync"/> never throws for provider failures (network errors, timeouts,
/// malformed replies, text the guard rejects) — it falls back to the template text and records the reason in
/// <see cref="Narration.Exchange"/>. It throws only for a null request or when the caller's own token is cancelled.
/// </summary>
public interface INarrator
{
    Task<Narration> NarrateAsync(NarrationRequest request, CancellationToken cancellationToken = default);
}
