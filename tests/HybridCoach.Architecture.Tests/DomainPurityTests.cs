using System.Text.RegularExpressions;
using Xunit;

namespace HybridCoach.Architecture.Tests;

/// <summary>
/// The domain is pure (ARCHITECTURE.md): no clock, no randomness, no files, no network, no console, no
/// environment. "Today" is a parameter. This scans the domain's source for the APIs that would break that.
/// </summary>
public partial class DomainPurityTests
{
    [GeneratedRegex(@"DateTime(Offset)?\.(Now|UtcNow|Today)|\bnew Random\(|Random\.Shared|\bFile\.|\bDirectory\.|\bHttpClient\b|\bConsole\.|\bEnvironment\.|\bStopwatch\b|TimeProvider\.System|\bSystem\.IO\b|\bSystem\.Net\b")]
    private static partial Regex ImpureApi();

    [Fact]
    public void DomainSource_UsesNoClockRandomnessOrIo()
    {
        var offenders = DomainSourceFiles()
            .SelectMany(path => File.ReadLines(path).Select((line, index) => (path, line, number: index + 1)))
            .Where(entry => !entry.line.TrimStart().StartsWith("//", StringComparison.Ordinal))
            .Where(entry => ImpureApi().IsMatch(entry.line))
            .Select(entry => $"{Path.GetFileName(entry.path)}:{entry.number}: {entry.line.Trim()}")
            .ToArray();

        Assert.True(offenders.Length == 0, "Impure API in the domain:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void DomainSource_IsFound()
    {
        Assert.True(DomainSourceFiles().Count() > 10, "the domain's source files were not found");
    }

    private static IEnumerable<string> DomainSourceFiles()
    {
        var root = HybridCoach.Testing.RepositoryRoot.Path;
        var domain = Path.Combine(root, "src", "HybridCoach.Domain");
        return Directory.EnumerateFiles(domain, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
    }
}
