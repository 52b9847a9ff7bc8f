namespace HybridCoach.Application.Contracts;

/// <summary>`coach plan export --json`: what was written, and the days exported as the call in force allows them rather than as planned.</summary>
public sealed record PlanExportJson(long Version, string Variant, string? IcsPath, int IcsEvents, string? FitDirectory, IReadOnlyList<string> FitFiles,
    IReadOnlyList<ExportedChangeJson> ChangedByCall);

/// <summary>One day exported as the call allows: date, call, planned and exported session titles.</summary>
public sealed record ExportedChangeJson(string Date, string Call, string Planned, string Exported);
