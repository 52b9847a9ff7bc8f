namespace HybridCoach.Application.Coaching;

/// <summary>The reasons behind plan versions made by coaching (adjustments, adaptations, restores); generated versions have none.</summary>
public interface IPlanChangeLog
{
    /// <summary>
    /// Stores a new plan version and the note saying why, together (one transaction: never a version without its reason,
    /// nor a reason without its version). The plan's and the note's Version are ignored; the version given is returned.
    /// </summary>
    Task<long> AddVersionAsync(Plans.StoredPlanVersion plan, PlanVersionNote note, CancellationToken cancellationToken = default);

    /// <summary>The note of a version; null when it has none (e.g. a generated plan).</summary>
    Task<PlanVersionNote?> GetAsync(long version, CancellationToken cancellationToken = default);
}
