using HybridCoach.Domain.Planning;
using HybridCoach.Domain.Planning.Envelope;

namespace HybridCoach.Application.Plans;

/// <summary>One variant's plan against the published plans' envelope for its race and the runner's level: every check, inside or outside with the reason.</summary>
public sealed record VariantReview(PlanVariant Variant, bool Active, ReferenceEnvelope Envelope, IReadOnlyList<EnvelopeCheck> Checks)
{
    public IReadOnlyList<EnvelopeCheck> Outside => [.. Checks.Where(c => !c.Inside)];

    public static VariantReview Of(GeneratedPlan generated, PlanRequest request, bool active)
    {
        ArgumentNullException.ThrowIfNull(generated);
        return new VariantReview(generated.Variant, active, ReferenceEnvelopes.For(request), EnvelopeReview.Review(generated.Plan, request));
    }
}
