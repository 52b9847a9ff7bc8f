namespace HybridCoach.Application.Coaching;

/// <summary>The reasons behind plan versions made by coaching (adjustments, adaptations, restores); generated versions have none.</summary>
public interface IPlanChangeLog
{
    Task AddAsync(PlanVersionNote note, CancellationToken cancellationToken = default);

    /// <summary>The note of a version; null when it has none (e.g. a generated plan).</summary>
    Task<PlanVersionNote?> GetAsync(long version, CancellationToken cancellationToken = default);
}
