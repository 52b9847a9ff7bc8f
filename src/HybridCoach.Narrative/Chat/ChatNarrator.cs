using System.Diagnostics;
using HybridCoach.Application.Decisions;
using HybridCoach.Application.Narration;
using HybridCoach.Narrative.Guard;
using HybridCoach.Narrative.Providers;
using HybridCoach.Narrative.Template;
using Microsoft.Extensions.AI;

namespace HybridCoach.Narrative.Chat;

/// <summary>
/// A narrator backed by a language model through <see cref="IChatClient"/>. The model gets the decision or subject as
/// data, no tools, and one call with a timeout; its text is shown only when it passes <see cref="NarrativeGuard"/>.
/// Otherwise — failed check, timeout, provider error, empty or malformed reply — the template's text is shown and
/// the reason is recorded in the <see cref="LlmExchange"/> (as the guard verdict), with the raw response body when
/// the SDK could not read it (<see cref="RawResponseCapture"/>). Never throws for provider failures.
/// </summary>
public sealed class ChatNarrator(IChatClient client, string provider, string model, TimeSpan timeout, TemplateNarrator template) : INarrator
{
    public async Task<Narration> NarrateAsync(NarrationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var asked = await AskAndCheckAsync(NarrationPrompt.System(request.Purpose), NarrationPrompt.User(request), NarrativeFactsBuilder.From(request), cancellationToken);
        return asked.Verdict.Passed ? asked.Used(provider) : asked.Fallback((await template.NarrateAsync(request, cancellationToken)).Text);
    }

    public async Task<Narration> NarrateAsync(NarrationSubject subject, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subject);
        // The data JSON is built once: the prompt shows it and the guard's facts are read from it.
        var data = SubjectJson.From(subject);
        var facts = SubjectFactsBuilder.From(data, subject.AthleteText, SubjectFactsBuilder.Ceiling(subject));
        var asked = await AskAndCheckAsync(SubjectPrompt.System(subject.Purpose), SubjectPrompt.User(data, subject.AthleteText), facts, cancellationToken);
        return asked.Verdict.Passed ? asked.Used(provider) : asked.Fallback((await template.NarrateAsync(subject, cancellationToken)).Text);
    }

    private async Task<Asked> AskAndCheckAsync(string system, string user, NarrativeFacts facts, CancellationToken cancellationToken)
    {
        var prompt = $"[system]\n{system}\n[user]\n{user}";
        var clock = Stopwatch.StartNew();
        var (reply, failure) = await AskAsync(system, user, cancellationToken);
        var latencyMs = clock.ElapsedMilliseconds;
        var verdict = failure is null ? SafeCheck(reply, facts) : new GuardVerdict(false, [failure]);
        var stored = reply is null ? null : RawResponseCapture.Bound(reply);
        return new Asked(reply, verdict, new LlmExchange(provider, model, prompt, stored, verdict.ToString(), latencyMs, !verdict.Passed));
    }

    /// <summary>
    /// The guard's verdict; should the guard itself ever throw on some reply, that is a failed check with the reason
    /// recorded — a reply can never crash a command or lose the record (issue 15 item 3).
    /// </summary>
    private static GuardVerdict SafeCheck(string? reply, NarrativeFacts facts)
    {
        try
        {
            return NarrativeGuard.Check(reply, facts);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            return new GuardVerdict(false, [$"guard error: {error.GetType().Name}"]);
        }
    }

    private async Task<(string? Reply, string? Failure)> AskAsync(string system, string user, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        using var raw = RawResponseCapture.Begin();
        var options = new ChatOptions { ModelId = model, Tools = null, ToolMode = ChatToolMode.None, MaxOutputTokens = 400, Temperature = 0.4f };
        try
        {
            var response = await client.GetResponseAsync([new ChatMessage(ChatRole.System, system), new ChatMessage(ChatRole.User, user)], options, deadline.Token);
            var text = response.Text;
            return string.IsNullOrWhiteSpace(text) ? (text is { Length: > 0 } ? text : raw.Body, "malformed reply: no text") : (text, null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (raw.Body, FormattableString.Invariant($"timeout after {timeout.TotalSeconds:0.#} s"));
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // Any provider failure (HTTP error, unreadable JSON, connection refused) falls back: the reader still gets
            // an explanation, and the audit keeps what the provider sent (null when nothing arrived).
            return (raw.Body, $"provider error: {error.GetType().Name}: {FirstLine(error.Message)}");
        }
    }

    private static string FirstLine(string message)
    {
        var line = message.Split('\n')[0].Trim();
        return line.Length <= 300 ? line : line[..300];
    }

    /// <summary>One model call's outcome: the reply, the guard's verdict and the audit exchange.</summary>
    private sealed record Asked(string? Reply, GuardVerdict Verdict, LlmExchange Exchange)
    {
        public Narration Used(string provider) => new(Reply!.Trim(), NarrationSources.Llm(provider), Exchange);

        public Narration Fallback(string templateText) => new(templateText, NarrationSources.TemplateFallback, Exchange);
    }
}
