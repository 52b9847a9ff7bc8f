using HybridCoach.Application.Inspect;
using HybridCoach.Formats.Fit;

namespace HybridCoach.Application.Contracts;

/// <summary>`coach inspect --json`: the format, the FIT message-level view, and the activity as it would import.</summary>
public sealed record InspectionJson(string File, string? Format, FitInspection? Fit, ActivityDetailJson? Activity, string? Problem)
{
    public static InspectionJson From(FileInspection inspection) => new(
        inspection.FileName,
        inspection.Format?.ToString().ToLowerInvariant(),
        inspection.Fit,
        inspection.Activity is null ? null : ActivityDetailJson.From(inspection.Activity),
        inspection.Problem);
}
