using System.Text.Json;
using Xunit;

namespace HybridCoach.Narrative.Tests;

/// <summary>
/// Hostile model replies through `coach today` as a real process (issue 15 item 3): each used to crash the command,
/// reach the athlete or fill memory. Now the command exits 0 with the template's words, the decision is the same
/// as without a model, and the audit record holds the (bounded) reply and the reason it was refused.
/// </summary>
public sealed class CliHostileReplyTests : IDisposable
{
    private readonly TempDirectory _data = new();
    private readonly StubLlmServer _server = new();

    public void Dispose()
    {
        _server.Dispose();
        _data.Dispose();
    }

    private async Task<(JsonElement Today, JsonElement Llm, string Stdout)> TodayAsync(StubReply reply)
    {
        if (!File.Exists(Path.Combine(_data.Path, "hybridcoach.db")))
            Assert.Equal(0, (await CoachCli.InProcessAsync("demo", "--date", "2026-05-20", "--months", "2", "--json", "--data-dir", _data.Path)).Exit);
        _server.Reply = reply;
        var run = await CoachCli.ChildAsync(_server.OpenAIEnvironment(), "today", "--date", "2026-05-18", "--json", "--data-dir", _data.Path);
        Assert.True(run.Exit == 0, run.Stderr);
        var today = CoachCli.Json(run.Stdout);
        var audit = await CoachCli.InProcessAsync("audit", "show", today.GetProperty("audit_id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), "--json", "--data-dir", _data.Path);
        Assert.True(audit.Exit == 0, audit.Stderr);
        return (today, CoachCli.Json(audit.Stdout).GetProperty("llm"), run.Stdout);
    }

    [Fact]
    public async Task Today_ArabicIndicDigits_NoCrashTemplateAndTheReasonOnFile()
    {
        var (today, llm, _) = await TodayAsync(StubReply.Text("Your HRV dropped by ٤٠ ms. Go ahead and train as planned."));
        Assert.Equal("PROCEED", today.GetProperty("recommendation").GetString());
        Assert.Equal("template_fallback", today.GetProperty("narrative_source").GetString());
        Assert.Contains("figure '40' is not among the facts", llm.GetProperty("guard_verdict").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Today_EscapeSequencesAndLinks_NeverReachTheTerminal()
    {
        var (today, llm, stdout) = await TodayAsync(StubReply.Text("Go ahead today.\u001b[2J Details at \u001b]8;;https://x.example\u0007this link\u001b]8;;\u0007 now."));
        Assert.Equal("template_fallback", today.GetProperty("narrative_source").GetString());
        Assert.DoesNotContain('\u001b', stdout);
        var verdict = llm.GetProperty("guard_verdict").GetString()!;
        Assert.Contains("control character U+001B", verdict, StringComparison.Ordinal);
        Assert.Contains("a link or address", verdict, StringComparison.Ordinal);
    }

    /// <summary>
    /// The decision is on file before the model is asked: `today` killed while the model is still answering leaves the
    /// decision recorded (its explanation missing, and said so), never a model-less hole in the audit.
    /// </summary>
    [Fact]
    public async Task Today_KilledWhileTheModelAnswers_DecisionAlreadyRecorded()
    {
        Assert.Equal(0, (await CoachCli.InProcessAsync("demo", "--date", "2026-05-20", "--months", "2", "--json", "--data-dir", _data.Path)).Exit);
        var before = CoachCli.Json((await CoachCli.InProcessAsync("audit", "list", "--json", "--data-dir", _data.Path)).Stdout).GetProperty("count").GetInt32();
        _server.Reply = new StubReply("Go ahead and train as planned. Enjoy it.", DelayMs: 60_000);
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { System.IO.Path.Combine(AppContext.BaseDirectory, "coach.dll"), "today", "--date", "2026-05-18", "--json", "--data-dir", _data.Path })
            start.ArgumentList.Add(arg);
        foreach (var (key, value) in _server.OpenAIEnvironment()) start.Environment[key] = value;
        using (var process = System.Diagnostics.Process.Start(start)!)
        {
            for (var waited = 0; _server.Requests.Count == 0 && waited < 30_000; waited += 100) await Task.Delay(100);
            Assert.NotEmpty(_server.Requests);   // the model has been asked: the command is in the narration
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        var list = CoachCli.Json((await CoachCli.InProcessAsync("audit", "list", "--json", "--data-dir", _data.Path)).Stdout);
        Assert.Equal(before + 1, list.GetProperty("count").GetInt32());
        var newest = list.GetProperty("decisions")[0].GetProperty("id").GetInt64();
        var shown = CoachCli.Json((await CoachCli.InProcessAsync("audit", "show", newest.ToString(System.Globalization.CultureInfo.InvariantCulture), "--json", "--data-dir", _data.Path)).Stdout);
        Assert.Equal("PROCEED", shown.GetProperty("recommendation").GetString());
        Assert.StartsWith("(not narrated", shown.GetProperty("narrative").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await CoachCli.InProcessAsync("audit", "verify", "--data-dir", _data.Path)).Exit);
    }

    [Fact]
    public async Task Today_HundredMegabyteReply_RefusedWhileReadingAndNotStored()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (today, llm, _) = await TodayAsync(StubReply.Huge(100L * 1024 * 1024));
        Assert.Equal("template_fallback", today.GetProperty("narrative_source").GetString());
        Assert.Contains("larger than the 262144 bytes a reply may hold", llm.GetProperty("guard_verdict").GetString(), StringComparison.Ordinal);
        var stored = llm.GetProperty("response");
        Assert.True(stored.ValueKind == JsonValueKind.Null || stored.GetString()!.Length <= 70_000, $"stored {stored.GetRawText().Length} characters");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"{clock.Elapsed.TotalSeconds:0.0} s");
    }
}
