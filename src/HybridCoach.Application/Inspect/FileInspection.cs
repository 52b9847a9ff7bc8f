using HybridCoach.Domain.Activities;
using HybridCoach.Formats;
using HybridCoach.Formats.Fit;

namespace HybridCoach.Application.Inspect;

/// <summary>
/// What `coach inspect FILE` learns without storing anything: the detected format, for FIT files the
/// message-level inspection, and the activity as HybridCoach would import it (null with the reason when
/// it would be refused).
/// </summary>
public sealed record FileInspection(
    string FileName,
    ActivityFileFormat? Format,
    FitInspection? Fit,
    Activity? Activity,
    string? Problem);
