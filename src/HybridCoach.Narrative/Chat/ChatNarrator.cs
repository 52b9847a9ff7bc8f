using System.Diagnostics;
using HybridCoach.Application.Decisions;
using HybridCoach.Application.Narration;
using HybridCoach.Narrative.Guard;
using HybridCoach.Narrative.Template;
using Microsoft.Extensions.AI;

namespace HybridCoach.Narrative.Chat;

/// <summary>
/// A narrator backed by a language model through <see cref="IChatClient"/>. The model gets the decision as data,
/// no tools, and one call with a timeout; its text is shown only when it passes <see cref="NarrativeGuard"/>.
/// Otherwise — failed check, timeout, provider error, empty or malformed reply — the template's text is shown and
/// the reason is recorded in the <see cref="LlmExchange"/> (as the guard verdict). Never throws for provider failures.
/// </summary>
public sealed class ChatNarrator(IChatClient client, string provider, string model, TimeSpan timeout, TemplateNarrator template) : INarrator
{
    public async Task<Narration> NarrateAsync(NarrationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var system = NarrationPrompt.System(request.Purpose);
        var user = NarrationPrompt.User(request);
        var prompt = $"[system]\n{system}\n[user]\n{user}";
        var clock = Stopwatch.StartNew();
        var (reply, failure) = await AskAsync(system, user, cancellationToken);
        var latencyMs = clock.ElapsedMilliseconds;
        var verdict = failure is null ? NarrativeGuard.Check(reply, NarrativeFactsBuilder.From(request)) : new GuardVerdict(false, [failure]);
        var exchange = new LlmExchange(provider, model, prompt, reply, verdict.ToString(), latencyMs, !verdict.Passed);
        if (verdict.Passed) return new Narration(reply!.Trim(), NarrationSources.Llm(provider), exchange);
        var fallback = await template.NarrateAsync(request, cancellationToken);
        return new Narration(fallback.Text, NarrationSources.TemplateFallback, exchange);
    }

    // Placeholder until the subject prompts land: subjects are narrated by the template.
    public Task<Narration> NarrateAsync(NarrationSubject subject, CancellationToken cancellationToken = default) =>
        template.NarrateAsync(subject, cancellationToken);

    private async Task<(string? Reply, string? Failure)> AskAsync(string system, string user, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var options = new ChatOptions { ModelId = model, Tools = null, ToolMode = ChatToolMode.None, MaxOutputTokens = 400, Temperature = 0.4f };
        try
        {
            var response = await client.GetResponseAsync([new ChatMessage(ChatRole.System, system), new ChatMessage(ChatRole.User, user)], options, deadline.Token);
            var text = response.Text;
            return string.IsNullOrWhiteSpace(text) ? (text, "malformed reply: no text") : (text, null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, FormattableString.Invariant($"timeout after {timeout.TotalSeconds:0.#} s"));
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // Any provider failure (HTTP error, unreadable JSON, connection refused) falls back: the athlete still gets an explanation.
            return (null, $"provider error: {error.GetType().Name}: {FirstLine(error.Message)}");
        }
    }

    private static string FirstLine(string message)
    {
        var line = message.Split('\n')[0].Trim();
        return line.Length <= 300 ? line : line[..300];
    }
}
