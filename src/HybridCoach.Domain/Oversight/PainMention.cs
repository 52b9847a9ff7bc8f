namespace HybridCoach.Domain.Oversight;

/// <summary>One pain mention in athlete-written text: the matched words and the site named with it (null when none).</summary>
public sealed record PainMention(string Phrase, string? Site);
