using HybridCoach.Application.Contracts;
using HybridCoach.Cli.Output;
using HybridCoach.Testing;
using Xunit;

namespace HybridCoach.Cli.Tests;

/// <summary>
/// `--json` answers are written from source-generated metadata (the native coach has no reflection): every type an
/// answer can contain resolves, and every enum in them is written by its snake_case name, as before.
/// </summary>
public class JsonOutputContextTests
{
    [Fact]
    public void EveryAnswerType_Resolves_AndWritesItsEnumsByName()
    {
        var context = typeof(ContractJson).Assembly.GetType("HybridCoach.Application.Contracts.ContractJsonContext", throwOnError: true)!;
        var roots = JsonGraph.Roots(context);

        var reachable = JsonGraph.Reachable(JsonOutput.Options, roots);

        Assert.True(roots.Count >= 55, $"{roots.Count} answer types listed");
        Assert.Contains(typeof(RequestJson), reachable);
        Assert.Contains(typeof(string), reachable);
        Assert.Empty(JsonGraph.EnumsWrittenAsNumbers(JsonOutput.Options, reachable));
    }

    [Fact]
    public void AnswerTypes_AreNamedJsonRecords_NotAnonymousObjects()
    {
        var context = typeof(ContractJson).Assembly.GetType("HybridCoach.Application.Contracts.ContractJsonContext", throwOnError: true)!;
        var reachable = JsonGraph.Reachable(JsonOutput.Options, JsonGraph.Roots(context));

        Assert.DoesNotContain(typeof(object), reachable);
    }
}
