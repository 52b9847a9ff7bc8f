namespace HybridCoach.Application.Decisions;

/// <summary>
/// What a language model was asked and answered while narrating a decision (issue 7): provider, model, the
/// prompt, the raw response, the narrative guard's verdict, latency and whether the template text was used instead.
/// </summary>
public sealed record LlmExchange(
    string? Provider,
    string? Model,
    string? Prompt,
    string? Response,
    string? GuardVerdict,
    long? LatencyMs,
    bool? FallbackUsed);
