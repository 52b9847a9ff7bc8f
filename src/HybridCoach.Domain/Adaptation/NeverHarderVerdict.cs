namespace HybridCoach.Domain.Adaptation;

/// <summary>The never-harder check: whether the replacement passed, and one line per measure compared (the failing ones say so).</summary>
public sealed record NeverHarderVerdict(bool Passed, IReadOnlyList<string> Reasons);
