using HybridCoach.Application.Decisions;

namespace HybridCoach.Application.Narration;

/// <summary>
/// The text shown to the athlete, where it came from (<see cref="NarrationSources"/>), and — when a language model
/// was asked — the whole exchange for the audit record (null for the template narrator).
/// </summary>
public sealed record Narration(string Text, string Source, LlmExchange? Exchange = null);
