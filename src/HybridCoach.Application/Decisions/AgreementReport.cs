using HybridCoach.Domain.Guardrails;

namespace HybridCoach.Application.Decisions;

/// <summary>
/// Engine against human over the journal's days: <see cref="Matrix"/>[engine, human] counts days, indexed in the
/// order of <see cref="Categories"/> (the order of <see cref="RecommendationIds.All"/>); the agreement rate and
/// Cohen's kappa (null when undefined); and how many journal days had no decision to compare with.
/// </summary>
public sealed record AgreementReport(
    DateOnly? From,
    DateOnly? To,
    int[,] Matrix,
    IReadOnlyList<AgreementPair> Pairs,
    int JournalDaysWithoutDecision,
    double? Kappa)
{
    public static IReadOnlyList<Recommendation> Categories { get; } = [.. RecommendationIds.All.Select(id => RecommendationIds.Parse(id))];

    public int Compared => Pairs.Count;

    public int Agreed => Pairs.Count(p => p.Engine == p.Human);

    /// <summary>Share of compared days where both made the same call; null with no days.</summary>
    public double? Rate => Compared == 0 ? null : Agreed / (double)Compared;
}
