using HybridCoach.Application.Plans;

namespace HybridCoach.Application.Coaching;

/// <summary>`coach plan restore N`: a new version equal to version N (its request and variants), the days that change back listed with the reason.</summary>
public sealed class RestorePlanVersion(IPlanStore plans, PlanVersionWriter writer)
{
    public async Task<PlanSet> RestoreAsync(long version, CancellationToken cancellationToken = default)
    {
        var latest = await ReadLatestPlan.RequireAsync(plans, cancellationToken);
        var stored = await plans.GetAsync(version, cancellationToken)
            ?? throw new Errors.NotFoundException($"version {version}: no such plan version (the newest is {latest.Version})");
        var old = PlanSet.FromStored(stored);
        // Restoring an old version may not bring back a violation the current plan does not have.
        PlanVersionGuard.RequireValid(old.Active.Plan, old.Request, latest.Active.Violations, $"plan restore {version}");
        var reason = $"restored from version {version}";
        var changes = PlanRevision.Differences(latest.Active.Plan, old.Active.Plan).Select(d => new PlanChangeNote(d.Date, "restored", reason)).ToList();
        return await writer.AddAsync(old, old.Active.Plan, "restore", $"version {version} restored (was version {latest.Version})", null, changes, cancellationToken);
    }
}
