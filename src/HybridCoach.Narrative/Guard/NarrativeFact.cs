namespace HybridCoach.Narrative.Guard;

/// <summary>One figure a narration may mention: its value in the canonical unit of <see cref="Unit"/>.</summary>
public sealed record NarrativeFact(double Value, FactUnit Unit);
