using System.Reflection;
using Xunit;

namespace HybridCoach.Architecture.Tests;

/// <summary>
/// The one direction of dependencies (ARCHITECTURE.md): Domain ← Formats ← Application ← {Storage, Narrative}
/// ← Hosting ← {Cli, Web}. Each project may reference only the projects listed for it here.
/// </summary>
public class LayeringTests
{
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["HybridCoach.Domain"] = [],
        ["HybridCoach.Formats"] = ["HybridCoach.Domain"],
        ["HybridCoach.Application"] = ["HybridCoach.Domain", "HybridCoach.Formats"],
        ["HybridCoach.Storage"] = ["HybridCoach.Domain", "HybridCoach.Formats", "HybridCoach.Application"],
        ["HybridCoach.Narrative"] = ["HybridCoach.Domain", "HybridCoach.Formats", "HybridCoach.Application"],
        ["HybridCoach.Hosting"] = ["HybridCoach.Domain", "HybridCoach.Formats", "HybridCoach.Application", "HybridCoach.Storage", "HybridCoach.Narrative"],
        ["coach"] = ["HybridCoach.Domain", "HybridCoach.Formats", "HybridCoach.Application", "HybridCoach.Hosting"],
        ["coach-web"] = ["HybridCoach.Domain", "HybridCoach.Formats", "HybridCoach.Application", "HybridCoach.Hosting"],
    };

    public static TheoryData<string> Projects() => new(Allowed.Keys);

    [Theory]
    [MemberData(nameof(Projects))]
    public void References_OfEachProject_PointOnlyInward(string assemblyName)
    {
        var references = Assembly.Load(assemblyName).GetReferencedAssemblies()
            .Select(reference => reference.Name!)
            .Where(name => name.StartsWith("HybridCoach.", StringComparison.Ordinal) || name == "coach")
            .Order(StringComparer.Ordinal)
            .ToArray();

        var forbidden = references.Except(Allowed[assemblyName]).ToArray();

        Assert.True(forbidden.Length == 0, $"{assemblyName} must not reference {string.Join(", ", forbidden)}");
    }

    [Fact]
    public void Domain_ReferencesOnlyTheFramework()
    {
        var references = Assembly.Load("HybridCoach.Domain").GetReferencedAssemblies()
            .Select(reference => reference.Name!)
            .Where(name => !name.StartsWith("System", StringComparison.Ordinal) && name != "netstandard")
            .ToArray();

        Assert.Empty(references);
    }
}
