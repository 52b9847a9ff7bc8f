using HybridCoach.Application.Coaching;

namespace HybridCoach.Cli.Output;

/// <summary>`coach plan diff --json`: the versions compared and every day that differs.</summary>
public sealed record PlanDiffJson(long FromVersion, long ToVersion, int ChangedDays, IReadOnlyList<PlanDiffDayJson> Days)
{
    public static PlanDiffJson From(PlanDiff d) => new(d.FromVersion, d.ToVersion, d.Days.Count, [.. d.Days.Select(x => PlanDiffDayJson.From(x, d.Units))]);
}
