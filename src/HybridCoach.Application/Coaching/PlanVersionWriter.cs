using HybridCoach.Application.Plans;
using HybridCoach.Domain.Planning;

namespace HybridCoach.Application.Coaching;

/// <summary>
/// Stores a new plan version made by coaching: the basis version with a new active plan — refused when it breaks an
/// invariant check the basis passed (<see cref="PlanVersionGuard"/>, <see cref="InvalidPlanException"/>) — its time from
/// the injected clock, and the note saying why with each changed day's reason, written together in one transaction.
/// </summary>
public sealed class PlanVersionWriter(IPlanChangeLog log, TimeProvider clock)
{
    public async Task<PlanSet> AddAsync(PlanSet basis, SeasonPlan active, string source, string summary, string? decidedBy,
        IReadOnlyList<PlanChangeNote> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(basis);
        var violations = PlanVersionGuard.RequireValid(active, basis.Request, basis.Active.Violations, source);
        var set = PlanRevision.WithActive(basis, active, violations) with { CreatedAtUtc = clock.GetUtcNow() };
        var version = await log.AddVersionAsync(set.ToStored(), new PlanVersionNote(0, source, summary, decidedBy, changes), cancellationToken);
        return set with { Version = version };
    }

    /// <summary>
    /// Stores a whole new set (a regenerated plan) as the next version: every variant must pass every invariant check
    /// by the verdict the validator gave it when it was generated or carried (not validated a second time here).
    /// </summary>
    public async Task<PlanSet> AddSetAsync(PlanSet set, string source, string summary, string? decidedBy, IReadOnlyList<PlanChangeNote> changes,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(set);
        foreach (var variant in set.Variants) PlanVersionGuard.Require(variant.Plan, variant.Violations, null, source);
        var stored = set with { CreatedAtUtc = clock.GetUtcNow() };
        var version = await log.AddVersionAsync(stored.ToStored(), new PlanVersionNote(0, source, summary, decidedBy, changes), cancellationToken);
        return stored with { Version = version };
    }
}
