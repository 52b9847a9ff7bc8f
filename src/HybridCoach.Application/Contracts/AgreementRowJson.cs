namespace HybridCoach.Application.Contracts;

/// <summary>One row of the agreement matrix: the engine's call and the day counts per human call (in the order of the categories).</summary>
public sealed record AgreementRowJson(string Engine, IReadOnlyList<int> Human);
