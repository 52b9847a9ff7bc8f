using HybridCoach.Application.Coaching;
using HybridCoach.Application.Narration;

namespace HybridCoach.Application.Contracts;

/// <summary>`coach plan diff --json`: the versions compared, every day that differs, and with --narrate the diff explained (narrative, source, narration audit id).</summary>
public sealed record PlanDiffJson(long FromVersion, long ToVersion, int ChangedDays, IReadOnlyList<PlanDiffDayJson> Days,
    string? Narrative = null, string? NarrativeSource = null, long? NarrationAuditId = null)
{
    public static PlanDiffJson From(PlanDiff d, RecordedNarration? n = null) => new(d.FromVersion, d.ToVersion, d.Days.Count,
        [.. d.Days.Select(x => PlanDiffDayJson.From(x, d.Units))], n?.Text, n?.Source, n?.AuditId);
}
