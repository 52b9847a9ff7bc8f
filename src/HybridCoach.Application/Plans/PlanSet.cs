using HybridCoach.Application.Plans.Records;
using HybridCoach.Domain.Planning;

namespace HybridCoach.Application.Plans;

/// <summary>A plan version read back: number, creation time, the active variant, the request and the three variants with their violations.</summary>
public sealed record PlanSet(long Version, DateTimeOffset CreatedAtUtc, PlanVariant ActiveVariant, PlanRequest Request, IReadOnlyList<GeneratedPlan> Variants)
{
    public GeneratedPlan Active => Get(ActiveVariant);

    public GeneratedPlan Get(PlanVariant variant) => Variants.FirstOrDefault(v => v.Variant == variant)
        ?? throw new Errors.InvalidInputException("variant", $" {variant.ToId()}: plan version {Version} has no such variant");

    public StoredPlanVersion ToStored() => new(Version, CreatedAtUtc, ActiveVariant.ToId(), PlanJson.Request(Request),
        [.. Variants.Select(v => new StoredPlanVariant(v.Variant.ToId(), PlanJson.Plan(v.Plan), PlanJson.Violations(v.Violations)))]);

    public static PlanSet FromStored(StoredPlanVersion stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var variants = stored.Variants.Select(v => new GeneratedPlan(PlanJson.ReadPlan(v.PlanJson), PlanJson.ReadViolations(v.ViolationsJson)));
        return new PlanSet(stored.Version, stored.CreatedAtUtc, PlanIds.ParseVariant(stored.ActiveVariant, "active_variant"),
            PlanJson.ReadRequest(stored.RequestJson), [.. variants.OrderBy(v => v.Variant)]);
    }
}
