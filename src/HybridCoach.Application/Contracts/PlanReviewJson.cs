using HybridCoach.Application.Plans;
using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Planning.Envelope;

namespace HybridCoach.Application.Contracts;

/// <summary>
/// `coach plan review --json`: the version, the reviewed variant, the envelope it is held to (race, level, sources),
/// every check, and per variant how many figures are inside and outside.
/// </summary>
public sealed record PlanReviewJson(long Version, string Variant, string Distance, string Level, string Sources, int InsideCount,
    int OutsideCount, IReadOnlyList<EnvelopeCheckJson> Checks, IReadOnlyList<PlanReviewVariantJson> Variants)
{
    public static PlanReviewJson From(long version, VariantReview chosen, IReadOnlyList<VariantReview> all) => new(version, chosen.Variant.ToId(),
        chosen.Envelope.Distance.Id(), chosen.Envelope.Level.Id(), chosen.Envelope.Sources, chosen.Checks.Count - chosen.Outside.Count,
        chosen.Outside.Count, [.. chosen.Checks.Select(EnvelopeCheckJson.From)], [.. all.Select(PlanReviewVariantJson.From)]);
}

/// <summary>One variant's count of figures inside and outside the envelope, and the ids of those outside.</summary>
public sealed record PlanReviewVariantJson(string Variant, bool Active, int InsideCount, int OutsideCount, IReadOnlyList<string> Outside)
{
    public static PlanReviewVariantJson From(VariantReview r) =>
        new(r.Variant.ToId(), r.Active, r.Checks.Count - r.Outside.Count, r.Outside.Count, [.. r.Outside.Select(c => c.Id)]);
}
