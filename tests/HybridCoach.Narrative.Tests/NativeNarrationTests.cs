using System.Globalization;
using System.Text.Json;
using HybridCoach.Narrative.Providers;
using HybridCoach.Testing;
using Xunit;

namespace HybridCoach.Narrative.Tests;

/// <summary>
/// Narration by a model from the natively compiled coach: the OpenAI-compatible client works there and the guard
/// reads its reply exactly as in the JIT build; the Anthropic SDK is not compiled in, so the native coach gives the
/// template's words and records why — the decision is the same either way.
/// </summary>
public sealed class NativeNarrationTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);
    private readonly TempDirectory _data = new();
    private readonly StubLlmServer _server = new();

    public void Dispose()
    {
        _server.Dispose();
        _data.Dispose();
    }

    [NativeFact]
    public async Task OpenAICompatible_NativeAsksTheModel_AndNarratesAsTheJitBuild()
    {
        await DemoAsync();
        _server.Reply = StubReply.Text("Nothing stands in the way today, so proceed with your training. Keep the effort as planned.");

        var jit = CoachCli.Json((await CoachCli.ChildAsync(_server.OpenAIEnvironment(), Today())).Stdout);
        var asked = _server.Requests.Count;
        var native = await NativeAsync(_server.OpenAIEnvironment());

        Assert.Equal(asked + 1, _server.Requests.Count);
        Assert.Equal(jit.GetProperty("recommendation").GetString(), native.GetProperty("recommendation").GetString());
        Assert.Equal(jit.GetProperty("narrative_source").GetString(), native.GetProperty("narrative_source").GetString());
        Assert.Equal(jit.GetProperty("narrative").GetString(), native.GetProperty("narrative").GetString());
    }

    [NativeFact]
    public async Task Anthropic_NotInTheNativeCoach_TemplateWordsAndTheReasonOnFile()
    {
        await DemoAsync();
        var environment = new Dictionary<string, string>
        {
            ["HYBRIDCOACH_LLM_PROVIDER"] = "anthropic", ["HYBRIDCOACH_LLM_ENDPOINT"] = _server.BaseUrl, ["HYBRIDCOACH_LLM_API_KEY"] = "test",
        };
        var asked = _server.Requests.Count;

        var native = await NativeAsync(environment);

        Assert.Equal(asked, _server.Requests.Count);
        Assert.Equal("PROCEED", native.GetProperty("recommendation").GetString());
        Assert.Equal("template_fallback", native.GetProperty("narrative_source").GetString());
        var audit = await CoachCli.InProcessAsync("audit", "show", native.GetProperty("audit_id").GetInt64().ToString(CultureInfo.InvariantCulture), "--json", "--data-dir", _data.Path);
        Assert.Contains(NarratorFactory.AnthropicNotNative, CoachCli.Json(audit.Stdout).GetProperty("llm").GetProperty("guard_verdict").GetString(), StringComparison.Ordinal);
    }

    private string[] Today() => ["today", "--date", "2026-05-18", "--json", "--data-dir", _data.Path];

    private async Task DemoAsync() =>
        Assert.Equal(0, (await CoachCli.InProcessAsync("demo", "--date", "2026-05-20", "--months", "2", "--json", "--data-dir", _data.Path)).Exit);

    private async Task<JsonElement> NativeAsync(IReadOnlyDictionary<string, string> environment)
    {
        Assert.Null(NativeCoach.Unusable());
        var run = await ProcessRun.RunAsync(NativeCoach.Path, Today(), Timeout, environment);
        Assert.True(run.ExitCode == 0, run.Stderr);
        return CoachCli.Json(run.Stdout);
    }
}
