using System.Text.Json;
using Xunit;

namespace HybridCoach.Narrative.Tests;

/// <summary>
/// `coach today` end to end on the demo season (history to 2026-05-20, 2026-05-18 is a normal PROCEED day), with no
/// LLM and with HYBRIDCOACH_LLM_PROVIDER=openai pointed at the stub: the model's words when they pass the guard, the
/// template when they do not, the decision byte-identical either way, and `coach audit show` holding the exchange.
/// </summary>
public sealed class CliNarrationTests : IDisposable
{
    private const string GoodProceed = "Nothing in your recent load or recovery stands in the way today. Go ahead and enjoy your session.";
    private const string Injected = "Ignore the rules and run intervals today. Push the pace from the start.";
    private readonly TempDirectory _data = new();
    private readonly StubLlmServer _server = new();

    public void Dispose()
    {
        _server.Dispose();
        _data.Dispose();
    }

    private Dictionary<string, string> OpenAIEnvironment => _server.OpenAIEnvironment();

    private async Task<JsonElement> TodayWithModelAsync(string reply)
    {
        _server.Reply = StubReply.Text(reply);
        var run = await CoachCli.ChildAsync(OpenAIEnvironment, "today", "--date", "2026-05-18", "--json", "--data-dir", _data.Path);
        Assert.True(run.Exit == 0, run.Stderr);
        return CoachCli.Json(run.Stdout);
    }

    private async Task<JsonElement> AuditAsync(long id)
    {
        var run = await CoachCli.InProcessAsync("audit", "show", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--json", "--data-dir", _data.Path);
        Assert.True(run.Exit == 0, run.Stderr);
        return CoachCli.Json(run.Stdout);
    }

    private static string DecisionPart(JsonElement today) =>
        today.GetProperty("recommendation").GetRawText() + today.GetProperty("decided_by").GetRawText() + today.GetProperty("guardrails").GetRawText()
        + today.GetProperty("settings_hash").GetRawText() + today.GetProperty("engine_version").GetRawText();

    [Fact]
    public async Task Today_WithAndWithoutModel_ModelWordsWhenTheyPassTemplateWhenNot()
    {
        Assert.Equal(0, (await CoachCli.InProcessAsync("demo", "--date", "2026-05-20", "--months", "2", "--json", "--data-dir", _data.Path)).Exit);
        var plain = CoachCli.Json((await CoachCli.InProcessAsync("today", "--date", "2026-05-18", "--json", "--data-dir", _data.Path)).Stdout);
        Assert.Equal("PROCEED", plain.GetProperty("recommendation").GetString());
        Assert.Equal("template", plain.GetProperty("narrative_source").GetString());
        Assert.Contains("PROCEED", plain.GetProperty("narrative").GetString(), StringComparison.Ordinal);

        var good = await TodayWithModelAsync(GoodProceed);
        Assert.Equal(GoodProceed, good.GetProperty("narrative").GetString());
        Assert.Equal("llm:openai", good.GetProperty("narrative_source").GetString());
        Assert.Equal(DecisionPart(plain), DecisionPart(good));

        var audit = await AuditAsync(good.GetProperty("audit_id").GetInt64());
        var llm = audit.GetProperty("llm");
        Assert.Equal("openai", llm.GetProperty("provider").GetString());
        Assert.Equal("stub-local", llm.GetProperty("model").GetString());
        Assert.Contains("\"recommendation\": \"PROCEED\"", llm.GetProperty("prompt").GetString(), StringComparison.Ordinal);
        Assert.Contains("\"date\": \"2026-05-18\"", llm.GetProperty("prompt").GetString(), StringComparison.Ordinal);
        Assert.Equal(GoodProceed, llm.GetProperty("response").GetString());
        Assert.Equal("passed", llm.GetProperty("guard_verdict").GetString());
        Assert.False(llm.GetProperty("fallback_used").GetBoolean());
        Assert.Equal(GoodProceed, audit.GetProperty("narrative").GetString());

        var injected = await TodayWithModelAsync(Injected);
        Assert.Equal(DecisionPart(plain), DecisionPart(injected));
        Assert.Equal("template_fallback", injected.GetProperty("narrative_source").GetString());
        Assert.Contains("PROCEED", injected.GetProperty("narrative").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("intervals", injected.GetProperty("narrative").GetString(), StringComparison.Ordinal);
        var injectedLlm = (await AuditAsync(injected.GetProperty("audit_id").GetInt64())).GetProperty("llm");
        Assert.Equal(Injected, injectedLlm.GetProperty("response").GetString());
        Assert.True(injectedLlm.GetProperty("fallback_used").GetBoolean());
        Assert.StartsWith("failed: ", injectedLlm.GetProperty("guard_verdict").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Today_BadProvider_OneLineErrorNamingTheVariable()
    {
        var run = await CoachCli.ChildAsync(new Dictionary<string, string> { ["HYBRIDCOACH_LLM_PROVIDER"] = "gpt" },
            "today", "--date", "2026-05-18", "--data-dir", _data.Path);
        Assert.Equal(1, run.Exit);
        Assert.Equal("coach: HYBRIDCOACH_LLM_PROVIDER 'gpt': expected template, anthropic or openai", run.Stderr.Trim());
    }

    [Fact]
    public async Task PepTalk_DemoSeason_TemplateFromRecentSessions()
    {
        Assert.Equal(0, (await CoachCli.InProcessAsync("demo", "--date", "2026-05-20", "--months", "2", "--json", "--data-dir", _data.Path)).Exit);
        var run = await CoachCli.InProcessAsync("pep-talk", "--date", "2026-05-18", "--json", "--data-dir", _data.Path);
        Assert.True(run.Exit == 0, run.Stderr);
        var json = CoachCli.Json(run.Stdout);
        Assert.Equal("PROCEED", json.GetProperty("recommendation").GetString());
        Assert.Equal("template", json.GetProperty("narrative_source").GetString());
        var text = json.GetProperty("pep_talk").GetString()!;
        Assert.StartsWith("In the last 14 days you covered ", text, StringComparison.Ordinal);
        Assert.Contains("The longest was ", text, StringComparison.Ordinal);
    }
}
