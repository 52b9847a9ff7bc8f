namespace HybridCoach.Cli.Output;

/// <summary>`coach plan export --json`: what was written.</summary>
public sealed record PlanExportJson(long Version, string Variant, string? IcsPath, int IcsEvents, string? FitDirectory, IReadOnlyList<string> FitFiles);
