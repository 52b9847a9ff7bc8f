using HybridCoach.Application.Decisions;
using HybridCoach.Application.Demo;

namespace HybridCoach.Application.Contracts;

/// <summary>`coach demo --json`: where things went, the import report, the weekly running volume and today's call (as `coach today --json`).</summary>
public sealed record DemoJson(string DataDir, string FilesDir, ImportReportJson Import, IReadOnlyList<WeekVolumeJson> Weeks, TodayJson? Today)
{
    public static DemoJson From(string dataDirectory, DemoHistory history, DecisionResult? today) => new(
        dataDirectory,
        history.FilesDirectory,
        ImportReportJson.From(history.Import),
        history.Weeks.Select(WeekVolumeJson.From).ToArray(),
        today is null ? null : TodayJson.From(today));
}
