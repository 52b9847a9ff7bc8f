using HybridCoach.Application.Plans;

namespace HybridCoach.Application.Coaching;

/// <summary>
/// `coach plan versions` and `coach plan diff`: every version with where it came from (a version without a note was
/// generated), and the per-day differences between two versions with the reasons recorded by the versions between.
/// </summary>
public sealed class PlanHistory(IPlanStore plans, IPlanChangeLog log)
{
    public async Task<IReadOnlyList<PlanVersionSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var latest = await ReadLatestPlan.RequireAsync(plans, cancellationToken);
        var list = new List<PlanVersionSummary>();
        for (var v = 1L; v <= latest.Version; v++)
        {
            if (await plans.GetAsync(v, cancellationToken) is not { } stored) continue;
            var set = PlanSet.FromStored(stored);
            var note = await log.GetAsync(v, cancellationToken);
            list.Add(new PlanVersionSummary(v, set.CreatedAtUtc, set.ActiveVariant.ToId(), note?.Source ?? "generate",
                note?.Summary ?? $"plan generated for {set.Request.GoalRace.Name} on {set.Request.GoalRace.Date:yyyy-MM-dd}", note?.DecidedBy,
                note?.Changes.Count, set.Active.Violations.Count));
        }
        return list;
    }

    /// <summary>From version <paramref name="from"/> (default: the one before <paramref name="to"/>) to <paramref name="to"/> (default: the newest).</summary>
    public async Task<PlanDiff> DiffAsync(long? from, long? to, CancellationToken cancellationToken = default)
    {
        var latest = await ReadLatestPlan.RequireAsync(plans, cancellationToken);
        var toVersion = to ?? latest.Version;
        var fromVersion = from ?? Math.Max(1, toVersion - 1);
        var before = await ReadAsync(fromVersion, latest.Version, cancellationToken);
        var after = await ReadAsync(toVersion, latest.Version, cancellationToken);
        var reasons = new Dictionary<DateOnly, PlanChangeNote>();
        for (var v = Math.Min(fromVersion, toVersion) + 1; v <= Math.Max(fromVersion, toVersion); v++)
        {
            if (await log.GetAsync(v, cancellationToken) is not { } note) continue;
            foreach (var change in note.Changes) reasons[change.Date] = change;
        }
        var days = PlanRevision.Differences(before.Active.Plan, after.Active.Plan)
            .Select(d => new PlanDiffDay(d.Date, d.Before, d.After, reasons.GetValueOrDefault(d.Date)?.Kind, reasons.GetValueOrDefault(d.Date)?.Reason));
        return new PlanDiff(fromVersion, toVersion, after.Request.Units, [.. days]);
    }

    private async Task<PlanSet> ReadAsync(long version, long newest, CancellationToken cancellationToken) =>
        await plans.GetAsync(version, cancellationToken) is { } stored ? PlanSet.FromStored(stored)
            : throw new Errors.NotFoundException($"plan version {version}: no such version (versions 1 to {newest})");
}
