using HybridCoach.Application.Demo;

namespace HybridCoach.Cli.Output;

/// <summary>`coach demo --json`: where things went, the import report and the weekly running volume.</summary>
public sealed record DemoJson(string DataDir, string FilesDir, ImportReportJson Import, IReadOnlyList<WeekVolumeJson> Weeks)
{
    public static DemoJson From(string dataDirectory, DemoHistory history) => new(
        dataDirectory,
        history.FilesDirectory,
        ImportReportJson.From(history.Import),
        history.Weeks.Select(WeekVolumeJson.From).ToArray());
}
