using System.Globalization;
using HybridCoach.Domain.Guardrails;
using HybridCoach.Testing;
using Xunit;

namespace HybridCoach.Architecture.Tests;

/// <summary>docs/guardrails.md lists every guardrail the engine runs and every setting with its real default and bounds.</summary>
public class GuardrailDocsTests
{
    private static readonly string[] Lines = File.ReadAllLines(RepositoryRoot.File("docs", "guardrails.md"));

    [Fact]
    public void Docs_EveryGuardrail_HasARow()
    {
        var documented = Lines.Where(l => l.StartsWith("| `", StringComparison.Ordinal) && !l.Split('`')[1].Contains('.', StringComparison.Ordinal))
            .Select(l => l.Split('`')[1]).ToArray();

        Assert.Equal(GuardrailCatalog.All.Select(g => g.Id), documented);
    }

    [Fact]
    public void Docs_EverySetting_HasItsDefaultAndBounds()
    {
        foreach (var setting in GuardrailCatalog.DefaultSettings.Declared)
        {
            var row = $"| `{setting.Id}` | {Number(setting.Default)} | {Number(setting.Min)}–{Number(setting.Max)} |";
            Assert.Contains(Lines, l => l.StartsWith(row, StringComparison.Ordinal));
        }
        Assert.Equal(GuardrailCatalog.DefaultSettings.Declared.Count, Lines.Count(l => l.StartsWith("| `", StringComparison.Ordinal) && l.Split('`')[1].Contains('.', StringComparison.Ordinal)));
    }

    private static string Number(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
