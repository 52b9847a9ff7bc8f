using System.ClientModel;
using System.ClientModel.Primitives;
using Anthropic;
using Anthropic.Core;
using HybridCoach.Application.Narration;
using HybridCoach.Narrative.Chat;
using HybridCoach.Narrative.Template;
using Microsoft.Extensions.AI;
using OpenAI;
using OpenAI.Chat;

namespace HybridCoach.Narrative.Providers;

/// <summary>
/// Makes the configured narrator: the template, or a <see cref="ChatNarrator"/> over Anthropic (the official package's
/// <c>AsIChatClient</c>) or an OpenAI-compatible endpoint (<see cref="OpenAIChatClientAdapter"/>). The SDKs' own
/// retries are switched off and their timeout set to ours, so one slow reply costs at most the timeout; both use an
/// HttpClient that keeps the raw response body for the audit (<see cref="RawResponseCapture"/>).
/// </summary>
public static class NarratorFactory
{
    public const string DefaultAnthropicModel = "claude-sonnet-4-5";
    public const string DefaultOpenAIModel = "gpt-4o-mini";

    public static INarrator Create(NarratorSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var template = new TemplateNarrator();
        return settings.Provider switch
        {
            NarratorSettings.Anthropic => Chat(settings, AnthropicWhereSupported(settings, out var model), model, template),
            NarratorSettings.OpenAI => Chat(settings, OpenAI(settings, out var model), model, template),
            _ => template,
        };
    }

    private static ChatNarrator Chat(NarratorSettings settings, IChatClient client, string model, TemplateNarrator template) =>
        new(client, settings.Provider, model, settings.Timeout, template);

    /// <summary>Why a natively compiled coach has no Anthropic narrator (its SDK builds its JSON by reflection, at run time).</summary>
    public const string AnthropicNotNative =
        "the native coach cannot call Anthropic: its SDK serialises by reflection. Run the JIT build (./coach does when HYBRIDCOACH_LLM_PROVIDER=anthropic is set) or use an OpenAI-compatible endpoint";

    /// <summary>
    /// Anthropic's client on the JIT runtime; in a native build (no dynamic code) an <see cref="UnavailableChatClient"/>
    /// saying why. The AOT compiler treats the flag as a constant, so the SDK is not compiled into the native coach at all.
    /// </summary>
    private static IChatClient AnthropicWhereSupported(NarratorSettings settings, out string model)
    {
        if (System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported) return Anthropic(settings, out model);
        model = settings.Model ?? DefaultAnthropicModel;
        return new UnavailableChatClient(AnthropicNotNative);
    }

    public static IChatClient Anthropic(NarratorSettings settings, out string model)
    {
        model = settings.Model ?? DefaultAnthropicModel;
        var options = new ClientOptions { ApiKey = settings.ApiKey ?? "no-key", Timeout = settings.Timeout, MaxRetries = 0, HttpClient = RawResponseCapture.HttpClient() };
        if (settings.Endpoint is { } endpoint) options.BaseUrl = endpoint.ToString().TrimEnd('/');
        return new AnthropicClient(options).AsIChatClient(model);
    }

    public static IChatClient OpenAI(NarratorSettings settings, out string model)
    {
        model = settings.Model ?? DefaultOpenAIModel;
        var options = new OpenAIClientOptions
        {
            NetworkTimeout = settings.Timeout, RetryPolicy = new ClientRetryPolicy(0), Transport = new HttpClientPipelineTransport(RawResponseCapture.HttpClient()),
        };
        if (settings.Endpoint is { } endpoint) options.Endpoint = endpoint;
        // Local servers (Ollama, llama.cpp, vLLM) ignore the key, but the client needs one.
        var client = new ChatClient(model, new ApiKeyCredential(settings.ApiKey ?? "no-key"), options);
        return new OpenAIChatClientAdapter(client, settings.Endpoint, model);
    }
}
