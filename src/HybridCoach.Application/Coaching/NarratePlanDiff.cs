using HybridCoach.Application.Narration;
using HybridCoach.Application.Plans;

namespace HybridCoach.Application.Coaching;

/// <summary>
/// `coach plan diff --narrate`: explains the differences between two plan versions (an adaptation diff, source
/// <see cref="Source"/>, route <see cref="Route"/>) and audits the narration — <c>plan_version:B</c> for a version and
/// the one before it, <c>plan_diff:A..B</c> otherwise. The route reason lists why each version in between exists.
/// </summary>
public sealed class NarratePlanDiff(IPlanStore plans, IPlanChangeLog log, NarrateAndRecord narration)
{
    public const string Source = "diff";

    /// <summary>Every version compared was applied (by policy, athlete or coach): the diff itself routes nothing.</summary>
    public const string Route = "applied";

    public async Task<RecordedNarration> NarrateAsync(PlanDiff diff, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(diff);
        var before = await ReadAsync(diff.FromVersion, cancellationToken);
        var after = await ReadAsync(diff.ToVersion, cancellationToken);
        var origin = new ChangeOrigin(Source, Route, await WhyAsync(diff, cancellationToken), diff.FromVersion, diff.ToVersion, null);
        var lines = diff.Days.Select(d => PlanChangeBriefs.Line(d, diff.Units)).ToList();
        var load = PlanChangeBriefs.LoadChangePct(before.Active.Plan, after.Active.Plan, diff.Days.Select(d => d.Date),
            before.Request.Fitness.ThresholdPace.SecondsPerKilometer);
        var brief = PlanChangeBriefs.From(origin, lines, load, DateOnly.FromDateTime(after.CreatedAtUtc.UtcDateTime));
        return await narration.NarrateAsync(brief, cancellationToken);
    }

    private async Task<string> WhyAsync(PlanDiff diff, CancellationToken cancellationToken)
    {
        var reasons = new List<string>();
        for (var v = Math.Min(diff.FromVersion, diff.ToVersion) + 1; v <= Math.Max(diff.FromVersion, diff.ToVersion); v++)
        {
            var note = await log.GetAsync(v, cancellationToken);
            reasons.Add(note is null ? $"version {v}: generated" : $"version {v} ({note.Source}): {note.Summary}");
        }
        return reasons.Count == 0 ? $"version {diff.ToVersion} compared with itself" : string.Join("; ", reasons);
    }

    private async Task<PlanSet> ReadAsync(long version, CancellationToken cancellationToken) =>
        await plans.GetAsync(version, cancellationToken) is { } stored ? PlanSet.FromStored(stored)
            : throw new Errors.NotFoundException($"plan version {version}: no such plan version");
}
