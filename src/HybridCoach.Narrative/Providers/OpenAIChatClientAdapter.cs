using Microsoft.Extensions.AI;
using OpenAI.Chat;
using AiChatMessage = Microsoft.Extensions.AI.ChatMessage;
using AiChatRole = Microsoft.Extensions.AI.ChatRole;

namespace HybridCoach.Narrative.Providers;

/// <summary>
/// Our own small <see cref="IChatClient"/> over the official OpenAI package's <see cref="ChatClient"/> (no adapter
/// package is available here). Text in, text out, no tools: it maps system/user/assistant messages to the
/// chat-completions API (POST {endpoint}/chat/completions) and the reply's text parts back. Works with any
/// OpenAI-compatible server (Ollama, llama.cpp's server, vLLM) given its endpoint.
/// </summary>
public sealed class OpenAIChatClientAdapter(ChatClient client, Uri? endpoint, string model) : IChatClient
{
    public async Task<ChatResponse> GetResponseAsync(IEnumerable<AiChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var request = messages.Select(ToOpenAI).ToList();
        var completionOptions = new ChatCompletionOptions();
        if (options?.MaxOutputTokens is { } max) completionOptions.MaxOutputTokenCount = max;
        if (options?.Temperature is { } temperature) completionOptions.Temperature = temperature;
        var result = await client.CompleteChatAsync(request, completionOptions, cancellationToken);
        var completion = result.Value;
        var text = string.Concat(completion.Content.Where(p => p.Kind == ChatMessageContentPartKind.Text).Select(p => p.Text));
        return new ChatResponse(new AiChatMessage(AiChatRole.Assistant, text))
        {
            ModelId = completion.Model,
            ResponseId = completion.Id,
            FinishReason = completion.FinishReason == OpenAI.Chat.ChatFinishReason.Stop ? Microsoft.Extensions.AI.ChatFinishReason.Stop : null,
        };
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<AiChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("the narrator asks for one whole reply; streaming is not used");

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is not null ? null
        : serviceType == typeof(ChatClientMetadata) ? new ChatClientMetadata("openai", endpoint, model)
        : serviceType.IsInstanceOfType(this) ? this
        : serviceType.IsInstanceOfType(client) ? client
        : null;

    public void Dispose()
    {
        // The ChatClient holds no unmanaged resources of its own.
    }

    private static OpenAI.Chat.ChatMessage ToOpenAI(AiChatMessage message)
    {
        var text = message.Text;
        if (message.Role == AiChatRole.System) return new SystemChatMessage(text);
        if (message.Role == AiChatRole.Assistant) return new AssistantChatMessage(text);
        if (message.Role == AiChatRole.User) return new UserChatMessage(text);
        throw new NotSupportedException($"chat role '{message.Role}': the narrator sends system, user and assistant text only");
    }
}
