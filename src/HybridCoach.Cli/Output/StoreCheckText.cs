using HybridCoach.Application.Stores;

namespace HybridCoach.Cli.Output;

/// <summary>A <see cref="StoreCheckReport"/> as lines: the verdict, the rows per table, and the recovery steps when it is not sound.</summary>
public static class StoreCheckText
{
    public static void Write(TextWriter output, StoreCheckReport report)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        var path = TerminalText.Plain(report.Path);
        if (!report.Exists)
        {
            output.WriteLine($"No store at {path} (nothing imported yet, or a different --data-dir / --athlete).");
            return;
        }
        if (report.OpenError is { } error) output.WriteLine($"Store {path}: cannot be read: {TerminalText.Plain(error)}");
        else if (report.Healthy) output.WriteLine($"Store {path}: sound (integrity check ok, foreign keys ok, schema version {report.SchemaVersion?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"})");
        else
        {
            output.WriteLine($"Store {path}: DAMAGED");
            foreach (var problem in report.IntegrityProblems) output.WriteLine($"  integrity: {TerminalText.Plain(problem)}");
            if (report.ForeignKeyViolations > 0) output.WriteLine($"  {report.ForeignKeyViolations} row(s) refer to rows that do not exist");
        }
        if (report.RowsByTable.Count > 0)
            output.WriteLine("Rows: " + string.Join(", ", report.RowsByTable.Where(t => t.Key != "schema_version").Select(t => $"{t.Key} {t.Value}")));
        if (report.RecoverySteps.Count == 0) return;
        output.WriteLine("To recover:");
        for (var i = 0; i < report.RecoverySteps.Count; i++) output.WriteLine($"  {i + 1}. {TerminalText.Plain(report.RecoverySteps[i])}");
    }
}
